package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hybridplanner.engine.SeedDataContractTest.rewriting;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The rule book reads some tables on a second thread while it reads the others: a table read there is refused as
 * strictly and reported the same way as one read in turn, and loads running at once do not disturb each other.
 */
class RuleBookLoadingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "store-catalog.json, \"displayName\":",
            "encryption-advice.json, \"text\":",
            "private-endpoints.json, \"resource\":",
            "firewall-rules.json, \"direction\":",
            "credential-advice.json, \"scenario\":",
            "references.json, \"document\":"})
    void aTableWithAnUnknownKeyIsRefusedNamingItsFile(String file, String key) {
        String misspelt = key.replace("\":", "X\":");

        assertThatThrownBy(() -> RuleBook.load(rewriting(file, key, misspelt)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Seed file " + file + " cannot be read")
                .hasMessageContaining(misspelt.replace("\"", "").replace(":", ""));
    }

    @Test
    void ruleBooksLoadedAtOnceHoldTheSameTables() throws Exception {
        RuleBook reference = RuleBook.load();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RuleBook>> loads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                loads.add(pool.submit((Callable<RuleBook>) RuleBook::load));
            }
            for (Future<RuleBook> load : loads) {
                RuleBook loaded = load.get();
                assertThat(loaded.catalog()).isEqualTo(reference.catalog());
                assertThat(loaded.firewallRules).isEqualTo(reference.firewallRules);
                assertThat(loaded.credentialAdvice).isEqualTo(reference.credentialAdvice);
                assertThat(loaded.encryptionAdvice).isEqualTo(reference.encryptionAdvice);
                assertThat(loaded.references()).isEqualTo(reference.references());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
