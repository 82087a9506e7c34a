package org.vagus.io.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds small EDF/BDF files byte by byte for the reader's tests, independently of the writer under test: every
 * header field is a string the test may spoil, records are given sample by sample.
 */
final class EdfBytes {
    String version = "0";
    String patient = "X X X X";
    String recording = "Startdate X X X X";
    String startDate = "01.01.85";
    String startTime = "00.00.00";
    String headerBytes;
    String reserved = "EDF+C";
    String records;
    String duration = "1";
    String signalCount;
    private boolean bdf;
    /** label, dimension, pmin, pmax, dmin, dmax, samples per record */
    final List<String[]> signals = new ArrayList<>();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private int recordCount;

    /** A BDF file instead of EDF (version byte 255 BIOSEMI, 3-byte samples). */
    EdfBytes bdf() {
        bdf = true;
        version = null;
        reserved = "BDF+C";
        return this;
    }

    EdfBytes signal(String label, String dim, String pmin, String pmax, String dmin, String dmax, int spr) {
        signals.add(new String[] {label, dim, pmin, pmax, dmin, dmax, Integer.toString(spr)});
        return this;
    }

    /** An annotations signal of {@code spr} samples. */
    EdfBytes annotations(int spr) {
        return signal(bdf ? "BDF Annotations" : "EDF Annotations", "", "-1", "1", bdf ? "-8388608" : "-32768",
                bdf ? "8388607" : "32767", spr);
    }

    /**
     * One data record: for each signal in order, an {@code int[]} of digital samples or, for an annotations
     * signal, a String of TALs (each char one byte, ISO-8859-1) padded with 0 bytes.
     */
    EdfBytes record(Object... parts) {
        int bps = bdf ? 3 : 2;
        for (int i = 0; i < signals.size(); i++) {
            int spr = Integer.parseInt(signals.get(i)[6]);
            if (parts[i] instanceof int[] samples) {
                for (int v : samples) {
                    data.write(v);
                    data.write(v >> 8);
                    if (bdf) {
                        data.write(v >> 16);
                    }
                }
            } else {
                byte[] tal = ((String) parts[i]).getBytes(StandardCharsets.ISO_8859_1);
                data.writeBytes(Arrays.copyOf(tal, spr * bps));
            }
        }
        recordCount++;
        return this;
    }

    /** A TAL string from a readable form: '|' stands for 0x14, '~' for 0x15, '#' for 0x00. */
    static String tal(String readable) {
        return readable.replace('|', '\u0014').replace('~', '\u0015').replace('#', '\u0000');
    }

    byte[] bytes() {
        int ns = signals.size();
        byte[] h = new byte[256 * (ns + 1)];
        Arrays.fill(h, (byte) ' ');
        if (bdf && version == null) {
            h[0] = (byte) 0xff;
            put(h, 1, 7, "BIOSEMI");
        } else {
            put(h, 0, 8, version);
        }
        put(h, 8, 80, patient);
        put(h, 88, 80, recording);
        put(h, 168, 8, startDate);
        put(h, 176, 8, startTime);
        put(h, 184, 8, headerBytes != null ? headerBytes : Integer.toString(h.length));
        put(h, 192, 44, reserved);
        put(h, 236, 8, records != null ? records : Integer.toString(recordCount));
        put(h, 244, 8, duration);
        put(h, 252, 4, signalCount != null ? signalCount : Integer.toString(ns));
        int[] widths = {16, 80, 8, 8, 8, 8, 8, 80, 8, 32};
        int[] column = {0, -1, 1, 2, 3, 4, 5, -1, 6, -1};
        int at = 256;
        for (int f = 0; f < widths.length; f++) {
            for (String[] s : signals) {
                put(h, at, widths[f], column[f] < 0 ? "" : s[column[f]]);
                at += widths[f];
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h);
        out.writeBytes(data.toByteArray());
        return out.toByteArray();
    }

    Path write(Path dir, String name) throws IOException {
        return Files.write(dir.resolve(name), bytes());
    }

    /** The file offset of field {@code column} (0 label ... 9 reserved) of signal {@code index}. */
    int signalFieldOffset(int field, int index) {
        int[] widths = {16, 80, 8, 8, 8, 8, 8, 80, 8, 32};
        int at = 256;
        for (int f = 0; f < field; f++) {
            at += widths[f] * signals.size();
        }
        return at + widths[field] * index;
    }

    private static void put(byte[] h, int at, int width, String value) {
        byte[] b = value.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(b, 0, h, at, Math.min(width, b.length));
    }
}
