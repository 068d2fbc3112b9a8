package org.hybridplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    private static final Map<String, String> VALUES = Map.of("flow", "f1", "sink", "Warehouse $1 \\ {flow}");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no placeholders                 | no placeholders",
            "{flow} to {sink}.               | f1 to Warehouse $1 \\ {flow}.",
            "{{flow}}                        | {f1}",
            "{} {1} {flow name} {flow        | {} {1} {flow name} {flow",
            "ends with {                     | ends with {"})
    void fillsLetterPlaceholdersAndLeavesOtherBracesAndValuesAsTheyAre(String template, String filled) {
        assertThat(Templates.fill(template, VALUES)).isEqualTo(filled);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no placeholders",
            "{flow} to {sink}.",
            "{{flow}} {sink}{flow}",
            "{} {1} {flow name} {flow"})
    void aBoundTemplateFillsAsTheMapDoes(String template) {
        assertThat(Templates.bind(template, List.of("sink", "flow")).fill("Warehouse $1 \\ {flow}", "f1"))
                .isEqualTo(Templates.fill(template, VALUES));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no placeholders",
            "{flow} to {sink}.",
            "{{flow}} {sink}{flow}",
            "{sink}",
            "{} {1} {flow name} {flow"})
    void aValueGivenInPartsFillsAsTheWholeValueDoes(String template) {
        Templates.Bound bound = Templates.bind(template, List.of("sink", "flow"));
        assertThat(bound.fill(0, new String[] {"Warehouse ", "$1 \\ ", "", "{flow}"}, null, "f1"))
                .isEqualTo(bound.fill("Warehouse $1 \\ {flow}", "f1"));
        assertThat(bound.fill(0, new String[0], null, "f1")).isEqualTo(bound.fill("", "f1"));
    }

    @Test
    void refusesToBindAPlaceholderWithoutAValue() {
        assertThatIllegalStateException().isThrownBy(() -> Templates.bind("to {nowhere}", List.of("flow")))
                .withMessage("No value for placeholder {nowhere} in: to {nowhere}");
    }

    @Test
    void refusesAPlaceholderWithoutAValue() {
        assertThatIllegalStateException().isThrownBy(() -> Templates.fill("to {nowhere}", VALUES))
                .withMessage("No value for placeholder {nowhere} in: to {nowhere}");
    }
}
