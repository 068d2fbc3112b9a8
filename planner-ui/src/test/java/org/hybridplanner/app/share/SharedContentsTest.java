package org.hybridplanner.app.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hybridplanner.app.share.SharedContents.Key;
import org.hybridplanner.app.share.SharedContents.SharedContent;
import org.junit.jupiter.api.Test;

/** The shared-view cache stays within its count and its size, dropping the least recently used first. */
class SharedContentsTest {
    private final SharedContents contents = new SharedContents();

    @Test
    void keepsAtMostSixtyFourEntriesAndDropsTheLeastRecentlyUsed() {
        Key first = key();
        contents.put(first, body(10));
        Key second = key();
        contents.put(second, body(10));
        for (int i = 0; i < SharedContents.MAX_ENTRIES - 1; i++) {
            contents.get(first);
            contents.put(key(), body(10));
        }
        assertThat(contents.size()).isEqualTo(SharedContents.MAX_ENTRIES);
        assertThat(contents.get(first)).as("used recently").isPresent();
        assertThat(contents.get(second)).as("least recently used").isEmpty();
    }

    @Test
    void keepsNoMoreBytesThanItsBoundAndNoBodyOverAQuarterOfIt() {
        int large = (int) (SharedContents.MAX_BYTES / 4);
        Key[] keys = new Key[6];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key();
            contents.put(keys[i], body(large));
        }
        assertThat(contents.bytes()).isLessThanOrEqualTo(SharedContents.MAX_BYTES).isEqualTo(4L * large);
        assertThat(contents.get(keys[0])).isEmpty();
        assertThat(contents.get(keys[5])).isPresent();

        Key tooLarge = key();
        contents.put(tooLarge, body(large + 1));
        assertThat(contents.get(tooLarge)).isEmpty();
        assertThat(contents.bytes()).isEqualTo(4L * large);
    }

    @Test
    void replacingAnEntryCountsOnlyItsNewBody() {
        Key key = key();
        contents.put(key, body(100));
        contents.put(key, body(40));
        assertThat(contents.bytes()).isEqualTo(40);
    }

    private static Key key() {
        return new Key(UUID.randomUUID(), null, UUID.randomUUID());
    }

    private static SharedContent body(int bytes) {
        return new SharedContent(null, null, "someone", new byte[bytes]);
    }
}
