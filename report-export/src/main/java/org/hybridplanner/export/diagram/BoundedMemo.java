package org.hybridplanner.export.diagram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Results of a pure function kept for the next call with the same argument, at most {@code capacity} of them,
 * dropping the least recently used. The layout measures and wraps the same texts edit after edit (a 1,000-store plan
 * has a few thousand: names, types, flow labels), and the answer depends on the text and the style alone.
 *
 * @param <K> the argument (a value with equals and hashCode)
 * @param <V> the result
 */
final class BoundedMemo<K, V> {
    private final Function<K, V> function;
    private final LinkedHashMap<K, V> entries;

    BoundedMemo(int capacity, Function<K, V> function) {
        this.function = function;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** {@code function} of {@code key}, worked out now or earlier. */
    V of(K key) {
        synchronized (entries) {
            V known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        // Outside the lock: a text takes a while to measure, and two threads working out one key agree.
        V value = function.apply(key);
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
