package org.hybridplanner.app.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hybridplanner.export.diagram.SvgUpdate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canvas's patch as JSON, written as it goes: what Jackson wrote for the message as maps and lists (what the
 * page's script has always read), the same once parsed and the same text but for characters beyond Latin-1, escaped.
 */
class DesignCanvasJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final SvgUpdate UPDATE = new SvgUpdate(1771.87, 920.5, null, List.of("store:gone", "flow:a->b"),
            List.of(new SvgUpdate.Part("zone:dc1", null, "<g data-diagram-id='zone:dc1'><title>DC &amp; \"1\""
                            + " → café</title><path d='M0 0 L1.5 2'/></g>\n"),
                    new SvgUpdate.Part("store:new", "zone:dc1", "<g>\\back\tslash/</g>")),
            List.of(new SvgUpdate.Shift("store:s1", 30, -50.25), new SvgUpdate.Shift("store:s2", 0.1, 1e-7)));

    @Test
    void writesThePatchAsTheMessageOfMapsAndListsWasWritten() {
        OverviewParts.Patch overview = new OverviewParts.Patch(List.of("location dc2"),
                List.of(new OverviewParts.Part("location dc1", null, "<g data-element-id='dc1'>12 stores</g>"),
                        new OverviewParts.Part("zone-flows dc1 aws", "location dc1", "<g>'3'</g>")));

        String json = DesignCanvas.json(UPDATE, overview);
        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree(asMessage(UPDATE, overview)));
        assertThat(json).isEqualTo(asMessage(UPDATE, overview).replace("→", "\\u2192"))
                .contains("[\"zone:dc1\",null,").contains("\\\"1\\\"").contains("\\\\back\\tslash");
        assertThat(json.chars()).allMatch(c -> c <= 0xFF).contains((int) 'é'); // one byte a character in a string
        assertThat(JSON.readTree(DesignCanvas.json(UPDATE, null))).isEqualTo(JSON.readTree(asMessage(UPDATE, null)));
        assertThat(DesignCanvas.json(UPDATE, null)).doesNotContain("overview");
    }

    @Test
    void writesAnEmptyPatch() {
        SvgUpdate nothing = new SvgUpdate(10, 20, null, List.of(), List.of(), List.of());
        OverviewParts.Patch none = new OverviewParts.Patch(List.of(), List.of());

        assertThat(DesignCanvas.json(nothing, none)).isEqualTo(asMessage(nothing, none))
                .isEqualTo("{\"width\":10.0,\"height\":20.0,\"removed\":[],\"parts\":[],\"shifted\":[],"
                        + "\"overview\":{\"removed\":[],\"parts\":[]}}");
    }

    /** The message as the canvas wrote it before: maps and lists of the update, given to Jackson. */
    private static String asMessage(SvgUpdate update, OverviewParts.Patch overview) {
        List<List<String>> parts = new ArrayList<>();
        for (SvgUpdate.Part part : update.parts()) {
            parts.add(Arrays.asList(part.id(), part.follows(), part.markup()));
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("width", update.width());
        message.put("height", update.height());
        message.put("removed", update.removed());
        message.put("parts", parts);
        message.put("shifted", update.shifted().stream().map(shift -> List.of(shift.id(), shift.dx(), shift.dy()))
                .toList());
        if (overview != null) {
            List<List<String>> groups = new ArrayList<>();
            for (OverviewParts.Part part : overview.parts()) {
                groups.add(Arrays.asList(part.key(), part.follows(), part.markup()));
            }
            Map<String, Object> patch = new LinkedHashMap<>();
            patch.put("removed", overview.removed());
            patch.put("parts", groups);
            message.put("overview", patch);
        }
        return JSON.writeValueAsString(message);
    }
}
