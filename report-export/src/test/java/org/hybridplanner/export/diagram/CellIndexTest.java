package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grid cells' index gives back what was put in each cell, in order, however many cells it grows to. */
class CellIndexTest {
    @Test
    void aCellGivesItsValuesInTheOrderTheyWereAddedAndAnEmptyCellNothing() {
        CellIndex<String> index = new CellIndex<>();
        index.add(CellIndex.key(3, 4), "first");
        index.add(CellIndex.key(4, 3), "other cell");
        index.add(CellIndex.key(3, 4), "second");

        assertThat(index.get(CellIndex.key(3, 4))).containsExactly("first", "second");
        assertThat(index.get(CellIndex.key(4, 3))).containsExactly("other cell");
        assertThat(index.get(CellIndex.key(5, 5))).isEmpty();
    }

    @Test
    void growingKeepsEveryCellIncludingNegativeOnesAsAMapWould() {
        CellIndex<Integer> index = new CellIndex<>();
        Map<Long, List<Integer>> expected = new HashMap<>();
        int value = 0;
        for (long cx = -40; cx < 40; cx++) {
            for (long cy = -20; cy < 20; cy += 3) {
                for (int k = 0; k < 1 + (int) Math.floorMod(cx + cy, 3); k++) {
                    index.add(CellIndex.key(cx, cy), value);
                    expected.computeIfAbsent(CellIndex.key(cx, cy), key -> new ArrayList<>()).add(value);
                    value++;
                }
            }
        }

        expected.forEach((key, values) -> assertThat(index.get(key)).as("cell %d", key).isEqualTo(values));
        assertThat(index.get(CellIndex.key(40, 0))).isEmpty();
        assertThat(index.get(CellIndex.key(0, -21))).isEmpty();
    }
}
