package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The memo works a result out once per argument, and forgets the least recently used past its capacity. */
class BoundedMemoTest {
    private final List<String> workedOut = new ArrayList<>();
    private final BoundedMemo<String, Integer> lengths = new BoundedMemo<>(2, text -> {
        workedOut.add(text);
        return text.length();
    });

    @Test
    void givesTheFunctionsResultWorkingItOutOncePerArgument() {
        assertThat(lengths.of("abc")).isEqualTo(3);
        assertThat(lengths.of("abc")).isEqualTo(3);
        assertThat(lengths.of("hello")).isEqualTo(5);

        assertThat(workedOut).containsExactly("abc", "hello");
    }

    @Test
    void pastItsCapacityItForgetsTheLeastRecentlyUsed() {
        lengths.of("a");
        lengths.of("bb");
        lengths.of("a"); // "bb" is now the least recently used
        lengths.of("ccc");

        assertThat(lengths.size()).isEqualTo(2);
        lengths.of("a");
        lengths.of("bb");
        assertThat(workedOut).containsExactly("a", "bb", "ccc", "bb");
    }
}
