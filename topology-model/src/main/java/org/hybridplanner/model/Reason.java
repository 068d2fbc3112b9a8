package org.hybridplanner.model;

import java.util.Objects;

/** Why the engine decided something, and the reference section the decision rests on. */
public record Reason(String text, String reference) {
    public Reason {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
    }
}
