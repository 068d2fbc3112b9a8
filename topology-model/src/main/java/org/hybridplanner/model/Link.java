package org.hybridplanner.model;

import java.util.List;
import java.util.Objects;

/** An undirected connection of the given type between two locations, named by id. */
public record Link(List<String> between, LinkType type) {
    public Link {
        Objects.requireNonNull(type, "type");
        between = List.copyOf(between);
        if (between.size() != 2) {
            throw new IllegalArgumentException("a link joins exactly two locations");
        }
    }

    public Link(String oneEnd, String otherEnd, LinkType type) {
        this(List.of(oneEnd, otherEnd), type);
    }

    public String first() {
        return between.get(0);
    }

    public String second() {
        return between.get(1);
    }

    /** True when this link joins the two locations, in either order. */
    public boolean joins(String oneEnd, String otherEnd) {
        return first().equals(oneEnd) && second().equals(otherEnd)
                || first().equals(otherEnd) && second().equals(oneEnd);
    }

    /** The end that is not {@code end}. */
    public String otherEnd(String end) {
        return first().equals(end) ? second() : first();
    }
}
