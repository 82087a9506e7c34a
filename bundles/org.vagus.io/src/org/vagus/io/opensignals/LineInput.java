package org.vagus.io.opensignals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.vagus.io.FormatException;

/**
 * Reads a text file line by line as bytes, remembering whether each line ended with a line break (a last line
 * without one is how a file cut while being written shows). A trailing carriage return is dropped.
 */
final class LineInput {
    private static final int MAX_LINE = 16 << 20;

    private final Path file;
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkLen;
    private byte[] line = new byte[256];
    private int length;
    private boolean terminated;
    private int number;

    LineInput(Path file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    /** Reads the next line; false at the end of the file. */
    boolean next() throws IOException {
        length = 0;
        terminated = false;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkLen) {
                chunkLen = in.read(chunk, 0, chunk.length);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    break;
                }
            }
            any = true;
            int start = chunkPos;
            while (chunkPos < chunkLen && chunk[chunkPos] != '\n') {
                chunkPos++;
            }
            append(start, chunkPos);
            if (chunkPos < chunkLen) {
                chunkPos++;
                terminated = true;
                break;
            }
        }
        if (!any) {
            return false;
        }
        number++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    private void append(int from, int to) throws FormatException {
        int n = to - from;
        if (length + n > line.length) {
            if (length + n > MAX_LINE) {
                throw new FormatException(file, "line " + (number + 1), "line longer than " + (MAX_LINE >> 20)
                        + " MB; expected lines of tab-separated integers (is this an OpenSignals text file?)");
            }
            line = Arrays.copyOf(line, Math.max(length + n, 2 * line.length));
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }

    /** The bytes of the current line (valid up to {@link #length()}). */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** True if the current line ended with a line break. */
    boolean terminated() {
        return terminated;
    }

    /** The 1-based number of the current line. */
    int number() {
        return number;
    }

    /** The current line as UTF-8 text. */
    String text() {
        return new String(line, 0, length, StandardCharsets.UTF_8);
    }
}
