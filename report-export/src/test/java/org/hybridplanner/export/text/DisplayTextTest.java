package org.hybridplanner.export.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaking, measured in characters here (one unit each) so that the expected lines are plain to read. */
class DisplayTextTest {

    private static List<String> wrap(String text, int width) {
        return DisplayText.wrap(text, width, 20, String::length);
    }

    @Test
    void breaksBetweenWords() {
        assertThat(wrap("allow outbound 443 to the service bus", 16))
                .containsExactly("allow outbound", "443 to the", "service bus");
    }

    @Test
    void breaksALongHostNameAfterItsDotsAndDashesRatherThanMidWord() {
        assertThat(wrap("contoso-sqlserver-prod.database.windows.net", 20))
                .containsExactly("contoso-sqlserver-", "prod.database.", "windows.net");
        assertThat(wrap("*.servicebus.windows.net", 14)).containsExactly("*.servicebus.", "windows.net");
    }

    @Test
    void breaksMidWordOnlyWhenAWordHasNoSeparator() {
        assertThat(wrap("abcdefghijklmnopqrstuvwxyz", 10)).containsExactly("abcdefghij", "klmnopqrst", "uvwxyz");
    }
}
