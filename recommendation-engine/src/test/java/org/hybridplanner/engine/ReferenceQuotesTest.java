package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hybridplanner.model.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every citation the engine can make quotes its source word for word: the quote must appear in the reference
 * file it names (Markdown links, emphasis, blockquote markers and whitespace are normalised away).
 */
class ReferenceQuotesTest {
    private static final RuleBook RULES = RuleBook.load();
    /** Surefire runs in the module directory; sources are named relative to the repository root. */
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    static Stream<Reference> references() {
        return RULES.references().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void quoteAppearsVerbatimInItsSource(Reference reference) throws IOException {
        Path source = REPOSITORY.resolve(RULES.sourceOf(reference.id()));
        assertThat(source).exists();

        String text = normalise(Files.readString(source));

        assertThat(text).contains(normalise(reference.quote()));
    }

    static String normalise(String markdown) {
        return markdown
                .replaceAll("!\\[[^\\]]*]\\([^)]*\\)", "")
                .replaceAll("\\[([^\\]]*)]\\((?:[^()]|\\([^()]*\\))*\\)", "$1")
                .replace("**", "")
                .replace("`", "")
                .replace("<br>", " ")
                .replaceAll("(?m)^\\s*>\\s?", "")
                .replaceAll("(?m)^\\s*\\d+\\.\\s+", "")
                .replaceAll("\\s+", " ")
                .replaceAll("\\s*\\|\\s*", " | ");
    }
}
