package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, item 5: a statement the article does not make (customer-managed keys, secure transfer, SMB 3, Redshift's
 * port, TLS 1.2 or later at the store, Get and List on secrets, private endpoints, BitLocker, Key Vault to rotate and
 * audit secrets) is never attached to an article
 * quote: every seed row that says one cites a decision of docs/decisions.md whose own section says it.
 */
class ClaimsBeyondTheArticleTest {
    private static final RuleBook RULES = RuleBook.load();
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    /** Phrases the reference article never uses, each as the seed rows and docs/decisions.md word it. */
    private static final List<String> BEYOND_THE_ARTICLE = List.of("customer-managed keys", "secure transfer",
            "SMB 3", "5439", "TLS 1.2 or later", "Get and List", "private endpoint", "BitLocker", "rotate and audit");

    static Stream<Arguments> statements() {
        List<Arguments> rows = new ArrayList<>();
        RULES.encryptionAdvice.values().forEach(row -> rows.add(Arguments.of("encryption-advice.json " + row.id(),
                row.text(), row.reference())));
        RULES.credentialAdvice.forEach(row -> rows.add(Arguments.of("credential-advice.json " + row.id(),
                row.text(), row.reference())));
        RULES.warnings.values().forEach(row -> rows.add(Arguments.of("warnings.json " + row.code(), row.message(),
                row.reference())));
        RULES.firewallRules.forEach(row -> rows.add(Arguments.of("firewall-rules.json " + row.id(),
                row.purpose() + " " + row.hosts().values() + " " + row.port(), row.reference())));
        return rows.stream().filter(row -> BEYOND_THE_ARTICLE.stream()
                .anyMatch(phrase -> saysIt((String) row.get()[1], phrase)));
    }

    private static boolean saysIt(String text, String phrase) {
        return text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void citesADecisionThatSaysWhatTheRowSays(String row, String text, String referenceId) throws IOException {
        assertThat(RULES.sourceOf(referenceId)).as(row + " cites " + referenceId).isEqualTo("docs/decisions.md");
        String section = section(RULES.references.get(referenceId).section());
        for (String phrase : BEYOND_THE_ARTICLE) {
            if (saysIt(text, phrase)) {
                assertThat(saysIt(section, phrase)).as(row + ": \"" + phrase + "\" in " + referenceId).isTrue();
            }
        }
    }

    /** The text of one "## " section of docs/decisions.md. */
    private static String section(String title) throws IOException {
        String decisions = Files.readString(REPOSITORY.resolve("docs/decisions.md"));
        int start = decisions.indexOf("\n## " + title + "\n");
        assertThat(start).as("section " + title).isNotNegative();
        int end = decisions.indexOf("\n## ", start + 4);
        return decisions.substring(start, end < 0 ? decisions.length() : end);
    }
}
