package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.export.ExportFixtures.Case;
import org.hybridplanner.export.text.StoreTypeNames;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanLayout;
import org.hybridplanner.model.Position;
import org.junit.jupiter.api.Test;

/**
 * The layout keeps fitted texts, wrapped names and zones' ports from one layout to the next (an edit lays out the
 * same texts again): what it kept must give the same drawing as working everything out afresh, whatever other plans
 * were laid out in between.
 */
class LayoutReuseTest {
    private static DiagramLayout layout(Plan plan, Case c) {
        return new ZoneLayout().layout(DiagramModel.of(plan, c.recommendation(), StoreTypeNames.of(null)));
    }

    @Test
    void aPlanLaidOutAgainAfterOtherPlansIsDrawnAsTheFirstTime() {
        Case hostile = ExportFixtures.hostileNames();
        Case estate = ExportFixtures.mixedAzureAndAwsEstate();
        DiagramLayout first = layout(hostile.plan(), hostile);

        layout(estate.plan(), estate);
        layout(estate.plan().withLayout(PlanLayout.EMPTY.withLocation("hub", new Position(900, 400))), estate);
        DiagramLayout again = layout(hostile.plan(), hostile);

        assertThat(again).isEqualTo(first);
        assertThat(again.texts()).isNotEmpty();
    }

    @Test
    void aLayoutAfterAnEditEqualsTheLayoutOfTheEditedPlanMadeAfterAnotherPlan() {
        Case estate = ExportFixtures.mixedAzureAndAwsEstate();
        Case other = ExportFixtures.datacenterWithExpressRoute();
        Plan moved = estate.plan().withLayout(PlanLayout.EMPTY.withLocation("hub", new Position(900, 400)));
        Plan movedAgain = estate.plan().withLayout(PlanLayout.EMPTY.withLocation("hub", new Position(940, 430)));

        layout(moved, estate);
        DiagramLayout afterEdit = layout(movedAgain, estate);
        layout(other.plan(), other);
        DiagramLayout afterAnother = layout(movedAgain, estate);

        assertThat(afterEdit).isEqualTo(afterAnother);
        assertThat(afterEdit.zones()).filteredOn(zone -> zone.node().id().equals("zone:hub"))
                .singleElement().satisfies(zone -> assertThat(zone.bounds().x()).isEqualTo(940));
    }
}
