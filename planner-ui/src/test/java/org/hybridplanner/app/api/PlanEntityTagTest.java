package org.hybridplanner.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanEntityTagTest {
    private static final UUID REVISION = UUID.fromString("0f6e5d4c-3b2a-4918-8776-655443322110");

    @Test
    void namesTheVersionAndTheRevisionOfOneSave() {
        PlanEntityTag tag = new PlanEntityTag(7, REVISION);

        assertThat(tag.header()).isEqualTo("\"7-0f6e5d4c3b2a49188776655443322110\"");
        assertThat(PlanEntityTag.fromIfMatch(tag.header())).isEqualTo(tag);
        assertThat(PlanEntityTag.fromIfMatch(" W/" + tag.header() + " ")).isEqualTo(tag);
    }

    @Test
    void aValueThatIsNotOneOfOurTagsNamesNoSave() {
        for (String foreign : new String[] {"\"7\"", "7", "\"stale-0\"", "*",
                "\"7-0f6e5d4c3b2a49188776655443322110\", \"8-0f6e5d4c3b2a49188776655443322110\""}) {
            PlanEntityTag expected = PlanEntityTag.fromIfMatch(foreign);
            assertThat(expected.version()).as(foreign).isNegative();
        }
    }

    @Test
    void aMissingIfMatchIsRefusedAsAMissingPrecondition() {
        assertThatThrownBy(() -> PlanEntityTag.fromIfMatch(null)).isInstanceOf(MissingVersionException.class);
        assertThatThrownBy(() -> PlanEntityTag.fromIfMatch("  ")).isInstanceOf(MissingVersionException.class);
    }
}
