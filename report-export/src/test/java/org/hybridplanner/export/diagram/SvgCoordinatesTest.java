package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.export.ExportFixtures.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coordinates are written to two decimals: the float noise of Java2D shapes ({@code 1771.865966796875}) made the
 * canvas's drawing of a 1,000-store plan 0.4 MB larger and its drawing time half again as long.
 */
class SvgCoordinatesTest {
    private static final Pattern PATH_DATA = Pattern.compile(" d='([^']*)'");

    static Stream<Case> cases() {
        return ExportFixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pathDataHasAtMostTwoDecimals(Case c) {
        String svg = new SvgDiagramWriter().svg(DiagramLayoutTest.layout(c));

        Matcher paths = PATH_DATA.matcher(svg);
        int found = 0;
        while (paths.find()) {
            found++;
            assertThat(paths.group(1)).doesNotContainPattern("\\d\\.\\d{3}").doesNotContain(".0,").isNotBlank();
        }
        assertThat(found).isPositive();
    }

    @Test
    void roundsToHundredthsWithoutTrailingZeros() {
        assertThat(SvgDiagramWriter.coordinate(1771.865966796875)).isEqualTo("1771.87");
        assertThat(SvgDiagramWriter.coordinate(24.0)).isEqualTo("24");
        assertThat(SvgDiagramWriter.coordinate(2.5999999046325684)).isEqualTo("2.6");
        assertThat(SvgDiagramWriter.coordinate(-3.05)).isEqualTo("-3.05");
        assertThat(SvgDiagramWriter.coordinate(-0.001)).isEqualTo("0");
        assertThat(SvgDiagramWriter.coordinate(0.07)).isEqualTo("0.07");
    }
}
