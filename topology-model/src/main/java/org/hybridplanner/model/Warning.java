package org.hybridplanner.model;

import java.util.Objects;

/**
 * Something a reviewer needs to look at.
 *
 * @param code a stable code, for example {@code NO_PRIVATE_PATH}
 * @param severity how urgent
 * @param subject the id of the plan element concerned (flow, store, location, link index, runtime)
 * @param message what is wrong and what would fix it
 * @param reference the reference section it rests on
 */
public record Warning(String code, Severity severity, String subject, String message, String reference) {
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reference, "reference");
    }
}
