package org.hybridplanner.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hybridplanner.model.Problem;
import org.junit.jupiter.api.Test;

/** The problem detail's text an API client reads for a plan that is not valid. */
class InvalidPlanBodyExceptionTest {
    private static final Problem UNKNOWN_TYPE = new Problem("$.dataStores[0].type", "NO_SUCH", "is not a store type");

    @Test
    void countsTheProblemsInTheirNumber() {
        assertThat(new InvalidPlanBodyException(List.of(UNKNOWN_TYPE), List.of(), 1).getMessage())
                .isEqualTo("1 problem in the plan");
        assertThat(new InvalidPlanBodyException(List.of(UNKNOWN_TYPE, UNKNOWN_TYPE), List.of(), 2).getMessage())
                .isEqualTo("2 problems in the plan");
    }
}
