package org.hybridplanner.model;

import java.util.Objects;

/** Data moving from one store to another, optionally through an interim staging store (staged copy). */
public record Flow(String id, String source, String sink, boolean stagedCopy) {
    public Flow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sink, "sink");
    }
}
