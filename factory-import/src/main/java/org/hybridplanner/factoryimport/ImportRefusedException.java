package org.hybridplanner.factoryimport;

import java.util.List;

/**
 * The input is not an importable Data Factory export: not one, malformed JSON, an unreadable zip, or over a limit.
 * Each problem names the file it concerns and what is wrong with it; no stack trace is meant for people.
 */
public final class ImportRefusedException extends Exception {
    private final List<String> problems;

    public ImportRefusedException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public ImportRefusedException(String problem) {
        this(List.of(problem));
    }

    /** One line per problem, each naming its file, for example {@code pipeline/pl.json: malformed JSON at ...}. */
    public List<String> problems() {
        return problems;
    }
}
