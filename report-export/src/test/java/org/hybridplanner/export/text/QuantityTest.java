package org.hybridplanner.export.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

    @ParameterizedTest
    @CsvSource({"0, 0 warnings", "1, 1 warning", "2, 2 warnings", "11, 11 warnings"})
    void theNounIsSingularForExactlyOne(long count, String expected) {
        assertThat(Quantity.of(count, "warning")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, 1 allowlist entry", "3, 3 allowlist entries"})
    void anIrregularPluralIsGivenExplicitly(long count, String expected) {
        assertThat(Quantity.of(count, "allowlist entry", "allowlist entries")).isEqualTo(expected);
    }
}
