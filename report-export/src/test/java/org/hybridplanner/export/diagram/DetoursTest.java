package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

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
}
