package org.hybridplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vocabulary a page or export shows has words for people, one per constant, never the constant's code. */
class DisplayNamesTest {

    record Vocabulary(String name, List<String> codes, List<String> words) {
        static <E extends Enum<E>> Vocabulary of(Class<E> type, Function<E, String> displayName) {
            E[] constants = type.getEnumConstants();
            return new Vocabulary(type.getSimpleName(), Arrays.stream(constants).map(Enum::name).toList(),
                    Arrays.stream(constants).map(displayName).toList());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Vocabulary> vocabularies() {
        return Stream.of(Vocabulary.of(RuntimeType.class, RuntimeType::displayName),
                Vocabulary.of(FlowStatus.class, FlowStatus::displayName),
                Vocabulary.of(Direction.class, Direction::displayName),
                Vocabulary.of(Severity.class, Severity::displayName),
                Vocabulary.of(Scenario.class, Scenario::displayName),
                Vocabulary.of(AddressBasis.class, AddressBasis::displayName),
                Vocabulary.of(CredentialStore.class, CredentialStore::displayName),
                Vocabulary.of(RuleScope.class, RuleScope::displayName),
                Vocabulary.of(RuntimeHost.class, RuntimeHost::displayName),
                Vocabulary.of(Network.class, Network::displayName),
                Vocabulary.of(LinkType.class, LinkType::displayName),
                Vocabulary.of(LocationKind.class, LocationKind::displayName));
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void everyConstantHasItsOwnWordsAndNoneIsACode(Vocabulary vocabulary) {
        assertThat(vocabulary.words()).doesNotHaveDuplicates().allSatisfy(word -> {
            assertThat(word).isNotBlank().doesNotContain("_");
            assertThat(vocabulary.codes()).doesNotContain(word);
        });
    }
}
