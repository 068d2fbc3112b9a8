package org.hybridplanner.model;

/**
 * Problems of one kind found beyond those reported in full: they were counted, not kept, so that a document with
 * millions of mistakes cannot make a list of millions.
 *
 * @param message what is wrong with each of them (the message they share)
 * @param count how many there were beyond the reported ones
 */
public record MoreProblems(String message, int count) {
    public MoreProblems {
        message = Problem.escaped(message);
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
    }

    /** One line, for example {@code … and 24,900 more of the same kind: unknown data store id}. */
    @Override
    public String toString() {
        return "… and " + String.format(java.util.Locale.ROOT, "%,d", count) + " more of the same kind: " + message;
    }
}
