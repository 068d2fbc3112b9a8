package org.hybridplanner.model;

import java.util.Objects;

/**
 * Why the engine decided something, the kind of claim that is, and the reference section it rests on.
 *
 * @param text the statement
 * @param reference the id of the reference it cites
 * @param claim what kind of statement it is; the reference must declare that it supports this kind (null only for
 *     reasons built outside the engine, for display)
 */
public record Reason(String text, String reference, ClaimKind claim) {
    public Reason {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reference, "reference");
    }

    /** A reason built for display only, with no claim kind. */
    public Reason(String text, String reference) {
        this(text, reference, null);
    }
}
