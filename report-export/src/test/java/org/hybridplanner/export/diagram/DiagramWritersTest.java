package org.hybridplanner.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.export.ExportFixtures.Case;
import org.hybridplanner.export.Preview;
import org.hybridplanner.export.XmlDocuments;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class DiagramWritersTest {
    @TempDir
    Path dir;

    static Stream<Case> cases() {
        return ExportFixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void svgIsWellFormedWithoutScriptsAndShowsEveryStore(Case c) throws Exception {
        DiagramLayout layout = DiagramLayoutTest.layout(c);
        Path file = dir.resolve("diagram-" + c.name().replace(' ', '-') + ".svg");
        try (OutputStream out = Files.newOutputStream(file)) {
            new SvgDiagramWriter().write(layout, out);
        }
        Preview.keep(file);
        Document svg = XmlDocuments.parse(file);
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(Files.readString(file)).doesNotContain("<script").doesNotContain("javascript:");
        String text = allText(svg.getElementsByTagNameNS("*", "text"));
        for (TextBox box : layout.texts()) {
            assertThat(text).contains(box.text());
        }
        assertThat(text).doesNotContain("\u202E");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pngHasTheDiagramsProportions(Case c) throws Exception {
        DiagramLayout layout = DiagramLayoutTest.layout(c);
        Path file = dir.resolve("diagram-" + c.name().replace(' ', '-') + ".png");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PngDiagramWriter().write(layout, out);
        }
        Preview.keep(file);
        var image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(layout.width() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(layout.height() * 2));
    }

    private static String allText(NodeList nodes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.append(nodes.item(i).getTextContent()).append('\n');
        }
        return out.toString();
    }
}
