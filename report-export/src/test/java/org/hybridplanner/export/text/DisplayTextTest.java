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

    @Test
    void aCharacterNoFontHasIsShownAsItsCodePointNeverAsAReplacementCharacter() {
        assertThat(DisplayText.renderable("store \uD83D\uDE80")).isEqualTo("store [U+1F680]");
        assertThat(DisplayText.renderable("東京 データセンター")).isEqualTo("東京 データセンター");
        assertThat(DisplayText.renderable("\uE000")).isEqualTo("[U+E000]");
    }

    @Test
    void directionControlsAreShownButBalancedFirstStrongIsolatesStay() {
        assertThat(DisplayText.printable("invoice\u202Egnp.exe")).isEqualTo("invoice[U+202E]gnp.exe");
        assertThat(DisplayText.printable("a\u2068b\u2069c")).isEqualTo("a\u2068b\u2069c");
        assertThat(DisplayText.printable("a\u2068b")).isEqualTo("a[U+2068]b");
        assertThat(DisplayText.printable("a\u2069b")).isEqualTo("a[U+2069]b");
        assertThat(DisplayText.printable("\u2068a\u202Eb\u2069")).isEqualTo("[U+2068]a[U+202E]b[U+2069]");
        assertThat(DisplayText.printable("\u2067x\u2069")).isEqualTo("[U+2067]x[U+2069]");
    }

    @Test
    void isolateWrapsAPrintableNameSoNothingInsideCanEscape() {
        assertThat(DisplayText.isolate("מרכז\u2068")).isEqualTo("\u2068מרכז[U+2068]\u2069");
        assertThat(DisplayText.withoutIsolates("Flow: " + DisplayText.isolate("מרכז") + " →"))
                .isEqualTo("Flow: מרכז →");
        assertThat(DisplayText.hasRightToLeft("abc")).isFalse();
        assertThat(DisplayText.hasRightToLeft("abc מרכז")).isTrue();
        assertThat(DisplayText.hasRightToLeft("مركز")).isTrue();
    }
}
