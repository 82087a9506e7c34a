package org.vagus.io.opensignals;

import java.util.Arrays;

/** A growable array of ints, for ADC codes read row by row. */
final class IntColumn {
    private int[] values = new int[1024];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = v;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
