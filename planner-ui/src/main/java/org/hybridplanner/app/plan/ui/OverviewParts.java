package org.hybridplanner.app.plan.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canvas's zones-and-counts overview ({@link org.hybridplanner.export.diagram.ZoneOverview}) cut into its groups:
 * one per zone, link and pair of zones with flows between them, each named by its {@code data-element-kind} and
 * {@code data-element-id} ({@code location dc}, {@code zone-flows dc aws}). An edit changes a few of them (a drop
 * the counts of one zone), so the page is sent those rather than the whole overview, about 44 KB at 1,000 stores.
 *
 * @param defs what the overview holds before its first group, without the {@code <svg>} tag itself (whose size the
 *     page does not use): the page's copy can be patched only while this stays the same
 * @param groups the groups in painting order
 */
record OverviewParts(String defs, List<Group> groups) {
    private static final String GROUP_START = "<g data-element-id='";
    private static final String KIND = "data-element-kind='";
    private static final String END = "</svg>";
    /** No overview (a plan of at most {@link DesignCanvas#OVERVIEW_ABOVE} stores). */
    static final OverviewParts NONE = new OverviewParts("", List.of());

    OverviewParts {
        groups = List.copyOf(groups);
    }

    /** One group of the overview: {@code key} is its kind and id, {@code markup} the group as drawn. */
    record Group(String key, String markup) {
    }

    /** A group put into the page's overview: it replaces the group with its key, or goes after {@code follows}. */
    record Part(String key, String follows, String markup) {
    }

    /**
     * What turns the page's overview into this one: the keys of the groups to remove, and the groups drawn anew or
     * changed, in painting order.
     */
    record Patch(List<String> removed, List<Part> parts) {
        Patch {
            removed = List.copyOf(removed);
            parts = List.copyOf(parts);
        }
    }

    /** The overview {@code svg} (one {@code <svg>} element, as ZoneOverview writes it) cut into its groups. */
    static OverviewParts of(String svg) {
        if (svg.isEmpty()) {
            return NONE;
        }
        int first = svg.indexOf(GROUP_START);
        int end = svg.lastIndexOf(END);
        int afterTag = svg.indexOf('>') + 1;
        if (first < 0) {
            return new OverviewParts(svg.substring(afterTag, end), List.of());
        }
        List<Group> groups = new ArrayList<>();
        for (int at = first; at >= 0;) {
            int next = svg.indexOf(GROUP_START, at + 1);
            String markup = svg.substring(at, next < 0 ? end : next);
            groups.add(new Group(key(markup), markup));
            at = next;
        }
        return new OverviewParts(svg.substring(afterTag, first), groups);
    }

    /** {@code kind id} of a group's markup, read from its opening tag. */
    private static String key(String group) {
        int idStart = GROUP_START.length();
        String id = group.substring(idStart, group.indexOf('\'', idStart));
        int kind = group.indexOf(KIND);
        int tagEnd = group.indexOf('>');
        if (kind < 0 || kind > tagEnd) {
            return "? " + id;
        }
        int kindStart = kind + KIND.length();
        return group.substring(kindStart, group.indexOf('\'', kindStart)) + " " + id;
    }

    /**
     * What turns {@code before} (the overview the page has) into this one, or null when only the whole overview
     * will do: none was sent, the part before the groups differs, two groups share a key, or the groups kept would
     * stand in another order.
     */
    Patch since(OverviewParts before) {
        if (before == null || !defs.equals(before.defs) || hasDuplicateKeys() || before.hasDuplicateKeys()) {
            return null;
        }
        Map<String, String> old = new HashMap<>();
        before.groups.forEach(group -> old.put(group.key(), group.markup()));
        Set<String> now = new HashSet<>();
        List<Part> parts = new ArrayList<>();
        List<String> keptNow = new ArrayList<>();
        String previous = null;
        for (Group group : groups) {
            now.add(group.key());
            if (group.markup().equals(old.get(group.key()))) {
                keptNow.add(group.key());
            } else {
                parts.add(new Part(group.key(), previous, group.markup()));
            }
            previous = group.key();
        }
        Set<String> drawn = new HashSet<>();
        parts.forEach(part -> drawn.add(part.key()));
        List<String> keptBefore = before.groups.stream().map(Group::key)
                .filter(key -> now.contains(key) && !drawn.contains(key)).toList();
        if (!keptBefore.equals(keptNow)) {
            return null;
        }
        List<String> removed = before.groups.stream().map(Group::key).filter(key -> !now.contains(key)).toList();
        return new Patch(removed, parts);
    }

    private boolean hasDuplicateKeys() {
        return groups.stream().map(Group::key).distinct().count() != groups.size();
    }
}
