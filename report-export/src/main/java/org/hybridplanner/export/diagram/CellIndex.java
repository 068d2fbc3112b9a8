package org.hybridplanner.export.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Values by grid cell (a cell's column and row folded into one {@code long}), for finding what stands near a box
 * without scanning everything. A map from {@code Long} did the same, but a 1,000-store layout looks cells up a few
 * hundred thousand times per edit, and every look-up boxed its key (a sixth of the layout's allocation): here keys
 * stay primitive, in an open-addressing table. Values of a cell keep the order they were added in.
 *
 * @param <T> what a cell holds
 */
final class CellIndex<T> {
    private long[] keys = new long[256];
    /** The values of the cell whose key is at the same index; null for a free slot. */
    private List<T>[] values = newValues(256);
    private int used;

    /** The key of the cell in column {@code cx}, row {@code cy}. */
    static long key(long cx, long cy) {
        return cx * 1_000_003L + cy;
    }

    /** What cell {@code key} holds, in the order added; empty when nothing. */
    List<T> get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return List.of();
    }

    void add(long key, T value) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null) {
            if (keys[i] == key) {
                values[i].add(value);
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        List<T> list = new ArrayList<>(4);
        list.add(value);
        values[i] = list;
        if (++used * 2 > keys.length) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        List<T>[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = newValues(oldKeys.length * 2);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != null) {
                int i = slot(oldKeys[j], mask);
                while (values[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T>[] newValues(int size) {
        return (List<T>[]) new List<?>[size];
    }
}
