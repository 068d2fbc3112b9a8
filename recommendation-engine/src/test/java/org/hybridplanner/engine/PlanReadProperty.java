package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.PlanWriter;
import org.hybridplanner.model.Problem;

/**
 * What must hold for every input the plan reader is given: it returns (never throws) either a valid plan or
 * problems that each name a JSON path and say what is wrong in printable, well-formed text (no control or
 * bidi characters, no unpaired surrogates); a plan it accepts
 * writes and reads back to the same plan, and the engine recommends for it without failing.
 */
final class PlanReadProperty {
    private static final RecommendationEngine ENGINE = RecommendationEngine.standard();
    private static final PlanWriter WRITER = new PlanWriter();
    /** Control characters and the bidi controls that could make a printed problem read differently. */
    private static final String UNPRINTABLE = "[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]";

    private PlanReadProperty() {
    }

    static PlanReadResult check(byte[] input) {
        PlanReadResult result = ENGINE.reader().read(input);
        if (result.isValid()) {
            Plan plan = result.plan();
            PlanReadResult reread = ENGINE.reader().read(WRITER.writeBytes(plan));
            assertThat(reread.problems()).as("problems reading back the written plan").isEmpty();
            assertThat(reread.plan()).as("the plan read back").isEqualTo(plan);
            assertThat(ENGINE.recommend(plan)).isNotNull();
        } else {
            for (Problem problem : result.problems()) {
                assertThat(problem.path()).as("path of %s", problem).startsWith("$");
                assertThat(problem.message()).as("message of %s", problem).isNotBlank();
                assertThat(wellFormed(problem.toString())).as("well-formed text: %s", problem).isTrue();
                assertThat(problem.toString()).as("printable text").doesNotContainPattern(UNPRINTABLE);
            }
        }
        return result;
    }

    /** True when the text survives encoding to UTF-8 unchanged, which an unpaired surrogate does not. */
    static boolean wellFormed(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text);
    }
}
