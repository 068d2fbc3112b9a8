package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview cut into its groups, and what turns the page's copy into the next overview. */
class OverviewPartsTest {
    private static final String HEAD = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"600\">"
            + "<defs></defs>";

    @Test
    void cutsTheOverviewIntoItsGroupsNamedByKindAndId() {
        OverviewParts parts = OverviewParts.of(svg(zone("dc", "3 stores"), zone("aws", "1 store"),
                flows("dc aws", "2 flows")));

        assertThat(parts.defs()).isEqualTo("<defs></defs>");
        assertThat(parts.groups()).extracting(OverviewParts.Group::key)
                .containsExactly("location dc", "location aws", "zone-flows dc aws");
        assertThat(parts.groups().get(0).markup()).isEqualTo(zone("dc", "3 stores"));
    }

    @Test
    void aPatchHoldsOnlyTheGroupsThatChangedAndMakesTheNewOverview() {
        OverviewParts before = OverviewParts.of(svg(zone("dc", "3 stores"), zone("aws", "1 store"),
                zone("gcp", "1 store"), flows("dc aws", "2 flows")));
        OverviewParts after = OverviewParts.of(svg(zone("dc", "4 stores"), zone("aws", "1 store"),
                flows("dc aws", "2 flows"), flows("aws dc", "1 flow")));

        OverviewParts.Patch patch = after.since(before);

        assertThat(patch.removed()).containsExactly("location gcp");
        assertThat(patch.parts()).extracting(OverviewParts.Part::key)
                .containsExactly("location dc", "zone-flows aws dc");
        assertThat(patch.parts().get(1).follows()).isEqualTo("zone-flows dc aws");
        assertThat(patched(before.groups(), patch)).isEqualTo(after.groups());
        assertThat(after.since(after).parts()).as("unchanged: nothing to send").isEmpty();
    }

    @Test
    void theSizeOfTheSvgTagDoesNotMatterButItsDefinitionsDo() {
        OverviewParts before = OverviewParts.of(svg(zone("dc", "3 stores")));
        OverviewParts taller = OverviewParts.of(svg(zone("dc", "3 stores")).replace("height=\"600\"",
                "height=\"700\""));
        OverviewParts otherDefs = OverviewParts.of(svg(zone("dc", "3 stores")).replace("<defs></defs>",
                "<defs><clipPath id=\"hpo1\"/></defs>"));

        assertThat(taller.since(before).parts()).isEmpty();
        assertThat(otherDefs.since(before)).isNull();
        assertThat(before.since(null)).as("nothing sent yet").isNull();
    }

    @Test
    void groupsKeptInAnotherOrderNeedTheWholeOverview() {
        OverviewParts before = OverviewParts.of(svg(flows("a b", "1 flow"), flows("c d", "1 flow")));
        OverviewParts after = OverviewParts.of(svg(flows("c d", "1 flow"), flows("a b", "1 flow")));

        assertThat(after.since(before)).isNull();
    }

    @Test
    void noOverviewIsNoGroups() {
        assertThat(OverviewParts.of("")).isEqualTo(OverviewParts.NONE);
        assertThat(OverviewParts.of("").since(OverviewParts.of(svg(zone("dc", "1 store"))))).isNull();
    }

    /** What design-canvas.js does with a patch (patchOverview), on the list of groups. */
    static List<OverviewParts.Group> patched(List<OverviewParts.Group> before, OverviewParts.Patch patch) {
        List<OverviewParts.Group> groups = new ArrayList<>(before);
        groups.removeIf(group -> patch.removed().contains(group.key()));
        for (OverviewParts.Part part : patch.parts()) {
            groups.removeIf(group -> group.key().equals(part.key()));
            int after = -1;
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i).key().equals(part.follows())) {
                    after = i;
                }
            }
            groups.add(after + 1, new OverviewParts.Group(part.key(), part.markup()));
        }
        return groups;
    }

    private static String svg(String... groups) {
        return HEAD + String.join("", groups) + "</svg>";
    }

    private static String zone(String id, String counts) {
        return "<g data-element-id='" + id + "' data-element-kind='location' class='hp-element hp-overview-zone'>"
                + "<title>" + id + ": " + counts + "</title><rect x=\"0\" y=\"0\"/><text>" + counts + "</text></g>";
    }

    private static String flows(String pair, String count) {
        return "<g data-element-id='" + pair + "' data-element-kind='zone-flows' class='hp-element hp-zone-flows'>"
                + "<title>" + count + "</title><line/></g>";
    }
}
