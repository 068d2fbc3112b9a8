package org.hybridplanner.model;

import java.util.Objects;

/**
 * A piece of advice (credentials, encryption) with the kind of claim it makes and the reference it comes from.
 *
 * @param text the advice
 * @param reference the id of the reference it cites
 * @param claim what kind of statement it is (null only for advice built outside the engine)
 */
public record Advice(String text, String reference, ClaimKind claim) {
    public Advice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
    }

    /** Advice built for display only, with no claim kind. */
    public Advice(String text, String reference) {
        this(text, reference, null);
    }
}
