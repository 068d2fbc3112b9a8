package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.export.ExportFixtures.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * A page can scale the SVG to its width (the shared page, the editor) because the root element carries a viewBox
 * of the whole drawing, and the file opened on its own still shows at full size through its width and height.
 */
class SvgScalingTest {

    static Stream<Case> cases() {
        return ExportFixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rootElementHasAViewBoxOfTheWholeDrawingBesideItsFullSize(Case c) throws Exception {
        DiagramLayout layout = DiagramLayoutTest.layout(c);
        Element root = root(new SvgDiagramWriter().svg(layout));

        assertThat(root.getAttribute("viewBox").split(" ")).extracting(Double::parseDouble)
                .containsExactly(0.0, 0.0, layout.width(), layout.height());
        assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(layout.width());
        assertThat(Double.parseDouble(root.getAttribute("height"))).isEqualTo(layout.height());
        assertThat(root.getAttribute("preserveAspectRatio")).as("the default, xMidYMid meet: never distorted")
                .isEmpty();
    }

    private static Element root(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }
}
