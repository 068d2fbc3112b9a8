package org.hybridplanner.model;

import java.util.Objects;

/** A piece of advice (credentials, encryption) with the reference section it comes from. */
public record Advice(String text, String reference) {
    public Advice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
    }
}
