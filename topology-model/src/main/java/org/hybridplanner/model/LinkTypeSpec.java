package org.hybridplanner.model;

import java.util.List;
import java.util.Objects;

/**
 * A catalog entry for a link type: which pairs of location kinds it may join (in either order), whether it
 * is a private path between networks, and its preference when several links could carry a flow (lower wins).
 */
public record LinkTypeSpec(LinkType type, boolean privatePath, int preference, List<List<LocationKind>> joins,
        String reference) {
    public LinkTypeSpec {
        Objects.requireNonNull(type, "type");
        joins = joins.stream().map(List::copyOf).toList();
        for (List<LocationKind> pair : joins) {
            if (pair.size() != 2) {
                throw new IllegalArgumentException(type + ": every joinable pair names exactly two location kinds");
            }
        }
    }

    public boolean mayJoin(LocationKind one, LocationKind other) {
        return joins.stream().anyMatch(pair -> pair.get(0) == one && pair.get(1) == other
                || pair.get(0) == other && pair.get(1) == one);
    }
}
