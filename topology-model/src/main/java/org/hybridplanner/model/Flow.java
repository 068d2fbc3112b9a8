package org.hybridplanner.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * Data moving from one store to another (or within one store: a copy whose source and sink are the same store
 * still puts it on the runtime's path), optionally through an interim staging store (staged copy).
 *
 * @param activities what the flow stands for, for example the Data Factory activities it was imported from
 *     ({@code pipeline / activity}); empty for flows typed in by hand
 */
public record Flow(String id, String source, String sink, boolean stagedCopy,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> activities) {
    public Flow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sink, "sink");
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    public Flow(String id, String source, String sink, boolean stagedCopy) {
        this(id, source, sink, stagedCopy, List.of());
    }
}
