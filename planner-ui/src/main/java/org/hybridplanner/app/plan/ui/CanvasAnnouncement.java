package org.hybridplanner.app.plan.ui;

import org.hybridplanner.model.Link;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.change.ElementNames;

/**
 * What a screen reader says when the canvas's selection changes: the element in words (the drawing is shapes to
 * it) and what the keys do with it.
 */
final class CanvasAnnouncement {
    private static final String MOVE_KEYS = " Enter edits it in the side panel, arrow keys move it, Delete removes it,"
            + " Tab selects the next element.";
    private static final String KEYS = " Enter edits it in the side panel, Delete removes it, Tab selects the next"
            + " element.";

    private CanvasAnnouncement() {
    }

    static String of(Plan plan, String kind, String id) {
        return switch (kind) {
            case "location" -> plan.location(id).map(l -> "Selected location " + l.name() + ", "
                    + l.kind().displayName() + "." + MOVE_KEYS).orElse("");
            case "store" -> plan.dataStore(id).map(s -> "Selected data store " + s.name() + " in "
                    + ElementNames.location(plan, s.location()) + "." + MOVE_KEYS).orElse("");
            case "link" -> link(plan, id);
            case "flow" -> plan.flows().stream().filter(f -> f.id().equals(id)).findFirst()
                    .map(f -> "Selected flow from " + ElementNames.store(plan, f.source()) + " to "
                            + ElementNames.store(plan, f.sink()) + "." + KEYS).orElse("");
            default -> "Nothing selected.";
        };
    }

    private static String link(Plan plan, String index) {
        int at;
        try {
            at = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return "";
        }
        if (at < 0 || at >= plan.links().size()) {
            return "";
        }
        Link link = plan.links().get(at);
        return "Selected link " + link.type().displayName() + " between " + ElementNames.location(plan, link.between().get(0))
                + " and " + ElementNames.location(plan, link.between().get(1)) + "." + KEYS;
    }

}
