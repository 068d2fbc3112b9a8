package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Detours around node boxes, and the routes no detour can improve. */
class DetoursTest {
    private static final Box FROM = new Box(0, 0, 220, 46);
    private static final Box IN_THE_WAY = new Box(400, 0, 220, 46);
    private static final Box TO = new Box(800, 0, 220, 46);
    private static final Box ZONE = new Box(-20, -40, 1100, 200);
    private static final List<Point> STRAIGHT = List.of(new Point(220, 23), new Point(800, 23));

    @Test
    void aRouteThroughAnotherStoreGoesAroundIt() {
        Detours detours = new Detours(List.of(FROM, IN_THE_WAY, TO), List.of(ZONE));

        List<Point> route = detours.around(STRAIGHT, FROM, TO, List.of(ZONE));

        assertThat(route).isNotEqualTo(STRAIGHT);
        assertThat(route.getFirst()).isEqualTo(STRAIGHT.getFirst());
        assertThat(route.getLast()).isEqualTo(STRAIGHT.getLast());
        for (int i = 1; i < route.size(); i++) {
            assertThat(Detours.through(route.get(i - 1), route.get(i), IN_THE_WAY)).as("segment %d", i).isFalse();
        }
    }

    @Test
    void aRouteWhoseEndLiesUnderAnotherStoreIsKeptAsItIs() {
        // A store the user put over the target's left side: the way into the target starts inside it, so no detour
        // exists, whatever part of the drawing is searched.
        Box overTheTarget = new Box(700, 10, 220, 46);
        Detours detours = new Detours(List.of(FROM, IN_THE_WAY, overTheTarget, TO), List.of(ZONE));

        assertThat(detours.around(STRAIGHT, FROM, TO, List.of(ZONE))).isEqualTo(STRAIGHT);
    }

    @Test
    void routesSearchedTogetherOnEveryCoreAreTheRoutesSearchedOneByOne() {
        // A zone of 12 x 12 stores and 60 flows across it, each passing through the stores between its ends: enough
        // searches for the parallel loop, whose threads share the node index and must not share a search's arrays.
        List<Box> stores = new ArrayList<>();
        for (int row = 0; row < 12; row++) {
            for (int column = 0; column < 12; column++) {
                stores.add(new Box(column * 300, row * 120, 220, 46));
            }
        }
        Box zone = new Box(-40, -40, 12 * 300 + 40, 12 * 120 + 40);
        Detours detours = new Detours(stores, List.of(zone));
        List<Detours.Wanted> wanted = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Box from = stores.get(i % 144);
            Box to = stores.get((i * 37 + 11) % 144);
            if (from.equals(to)) {
                continue;
            }
            List<Point> straight = List.of(new Point(from.maxX(), from.centerY()),
                    new Point(from.maxX() + 40, from.centerY()), new Point(from.maxX() + 40, to.centerY()),
                    new Point(to.x(), to.centerY()));
            wanted.add(new Detours.Wanted(straight, from, to, List.of(zone)));
        }

        List<List<Point>> together = detours.around(wanted);

        List<List<Point>> oneByOne = wanted.stream()
                .map(w -> new Detours(stores, List.of(zone)).around(w.route(), w.from(), w.to(), w.ownZones()))
                .toList();
        assertThat(together).isEqualTo(oneByOne);
        assertThat(together).filteredOn(route -> !wanted.stream().map(Detours.Wanted::route).toList()
                .contains(route)).hasSizeGreaterThan(20);
    }
}
