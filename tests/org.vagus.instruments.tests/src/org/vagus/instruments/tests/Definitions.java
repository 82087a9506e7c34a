package org.vagus.instruments.tests;

import java.io.IOException;
import java.io.StringReader;

import org.vagus.instruments.Instrument;
import org.vagus.instruments.InstrumentFiles;

/** The worked example of schema/instruments.exsd, as text to read and to break. */
final class Definitions {
    /** Three items on 0-3, item 2 reverse-keyed, a subscale of items 1 and 3, sum with mean offered, three bands. */
    static final String SLEEP = """
            {
              "format": 1,
              "id": "lab-sleep-3",
              "abbreviation": "SLEEP-3",
              "name": "Lab sleep quality, 3 items",
              "version": "2025-01",
              "respondent": "self-report",
              "licence": "Written by the lab; free to use.",
              "scales": {
                "frequency": {"min": 0, "max": 3, "anchors": {"0": "never", "3": "every night"}}
              },
              "items": [
                {"number": 1, "domain": "falling asleep"},
                {"number": 2, "domain": "feeling rested", "reverse": true, "reverseRule": "3 - x"},
                {"number": 3, "domain": "waking at night"}
              ],
              "subscales": [
                {"id": "night", "name": "Night-time problems", "items": [1, 3], "rule": "sum"}
              ],
              "total": {"rule": "sum", "alternatives": ["mean"], "note": "0-9; higher is worse sleep."},
              "bands": [
                {"label": "good", "min": 0, "max": 3},
                {"label": "fair", "min": 4, "max": 6},
                {"label": "poor", "min": 7, "max": 9}
              ]
            }
            """;

    private Definitions() {
    }

    /** Reads a definition text as the file {@code lab-sleep-3.json}. */
    static Instrument read(String json) throws IOException {
        return InstrumentFiles.readDefinition("lab-sleep-3.json", new StringReader(json));
    }

    /** The example with one piece of text replaced; fails if the piece is not there. */
    static String replace(String from, String to) {
        if (!SLEEP.contains(from)) {
            throw new IllegalArgumentException("not in the example: " + from);
        }
        return SLEEP.replace(from, to);
    }
}
