package org.vagus.example.serialsensor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.example.serialsensor.internal.LineDecoder;

class LineDecoderTest {

    /** Records what the decoder hands out, as text: "i:1,2", "d:0.5", "bad:LINE|PROBLEM". */
    private static final class Collected implements LineDecoder.Sink {
        final List<String> items = new ArrayList<>();

        @Override
        public void integers(int[] values) {
            StringBuilder b = new StringBuilder("i:");
            for (int i = 0; i < values.length; i++) {
                b.append(i == 0 ? "" : ",").append(values[i]);
            }
            items.add(b.toString());
        }

        @Override
        public void decimals(double[] values) {
            StringBuilder b = new StringBuilder("d:");
            for (int i = 0; i < values.length; i++) {
                b.append(i == 0 ? "" : ",").append(values[i]);
            }
            items.add(b.toString());
        }

        @Override
        public void malformed(String line, String problem) {
            items.add("bad:" + line + "|" + problem);
        }
    }

    private static List<String> decode(LineDecoder d, String... chunks) {
        Collected c = new Collected();
        for (String chunk : chunks) {
            byte[] b = chunk.getBytes(StandardCharsets.US_ASCII);
            d.feed(b, 0, b.length, c);
        }
        return c.items;
    }

    @Test
    void linesSplitAcrossReadsAndAnySeparatorGiveTheSelectedColumnsInOrder() {
        // columns 3 and 1 (0-based 2 and 0): the values are picked in the order asked for
        LineDecoder d = new LineDecoder(new int[] { 2, 0 }, false, false);
        List<String> out = decode(d, "10,20,3", "0\r\n11; 21;31\n12\t22\t32\n  13 23   33  \n", "\n", "14,24,34,99\n");
        assertEquals(List.of("i:30,10", "i:31,11", "i:32,12", "i:33,13", "i:34,14"), out,
                "CR LF, semicolons, tabs, spaces; a blank line is no sample; extra columns are ignored");
    }

    @Test
    void theFirstLineIsDroppedWhenItMayBeATail() {
        LineDecoder d = new LineDecoder(new int[] { 0 }, false, true);
        // the port opened in the middle of "512": only "12" of it arrived
        assertEquals(List.of("i:513", "i:514"), decode(d, "12\n513\n514\n"));
    }

    @Test
    void unreadableLinesAreReportedOneByOne() {
        LineDecoder d = new LineDecoder(new int[] { 1 }, false, false);
        List<String> out = decode(d, "1,2\n7\nx,y\n3,4.5\n5,6\n");
        assertEquals(5, out.size(), out.toString());
        assertEquals("i:2", out.get(0));
        assertEquals("bad:7|1 value(s), expected at least 2", out.get(1));
        assertEquals("bad:x,y|expected integers in column(s) 2", out.get(2));
        assertEquals("bad:3,4.5|expected integers in column(s) 2", out.get(3));
        assertEquals("i:6", out.get(4));
    }

    @Test
    void anOverlongLineIsOneUnreadableSample() {
        LineDecoder d = new LineDecoder(new int[] { 0 }, false, false);
        String garbage = "9".repeat(LineDecoder.MAX_LINE + 50);
        List<String> out = decode(d, garbage + "\n42\n");
        assertEquals(2, out.size(), out.toString());
        assertTrue(out.get(0).startsWith("bad:") && out.get(0).endsWith("no line end within 256 bytes"), out.get(0));
        assertEquals("i:42", out.get(1));
    }

    @Test
    void decimalValuesAreReadAsDecimals() {
        LineDecoder d = new LineDecoder(new int[] { 0, 1 }, true, false);
        assertEquals(List.of("d:0.5,-1.25", "d:3.0,1000.0"), decode(d, "0.5,-1.25\n3,1e3\n"));
        assertEquals(List.of("bad:NaN,1|expected decimal numbers in column(s) 1,2"), decode(d, "NaN,1\n"));
    }

    @Test
    void noColumnIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LineDecoder(new int[0], false, false));
    }
}
