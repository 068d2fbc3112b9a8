package org.hybridplanner.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hybridplanner.export.Preview;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PageFlowTest {
    private static final List<String> HEADERS = List.of("Runtime", "Direction", "Host", "Purpose");
    private static final float[] WEIGHTS = {1, 1, 1, 1};

    @TempDir
    Path dir;

    /** The ways the design document introduces a table. */
    enum LeadIn {
        SUBHEADING {
            @Override
            void write(PageFlow flow) throws IOException {
                flow.subheading("Where each integration runtime goes", 11, PageFlow.TEXT, 60);
                flow.space(4);
            }
        },
        SECTION_HEADING {
            @Override
            void write(PageFlow flow) throws IOException {
                flow.heading("Where each integration runtime goes", 2, null);
            }
        },
        HEADING_AND_INTRO_LINE {
            @Override
            void write(PageFlow flow) throws IOException {
                flow.heading("Where each integration runtime goes", 3, null);
                flow.paragraph("What it can enforce: it filters by address and port.", flow.regular, 9,
                        PageFlow.MUTED, 0);
            }
        };

        abstract void write(PageFlow flow) throws IOException;
    }

    @ParameterizedTest
    @EnumSource(LeadIn.class)
    void aTablesHeadingAndHeaderStayOnThePageOfItsFirstRow(LeadIn leadIn) throws IOException {
        Path file = dir.resolve("table-lead-in-" + leadIn.name().toLowerCase() + ".pdf");
        try (PDDocument document = new PDDocument(); PageFlow flow = new PageFlow(document)) {
            flow.newPage();
            // Fill the page until 100-113.5 pt are left: room for the lead-in, the header and two lines, which
            // is what used to be reserved, but not for a first row of ten wrapped lines.
            for (int line = 1; flow.y() - PageFlow.MARGIN_BOTTOM > 113.5f; line++) {
                flow.paragraph("Filler line " + line);
            }
            leadIn.write(flow);
            List<String> hosts = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                hosts.add("host-" + i + ".example.net");
            }
            flow.table(HEADERS, WEIGHTS, List.of(
                    List.of("shir-dc", "Outbound", String.join(" ", hosts), "Control"),
                    List.of("shir-second", "Outbound", "second.example.net", "Data")));
            flow.finish("Keep together");
            document.save(file.toFile());
        }
        Preview.keep(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            int headingPage = 0;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                if (text.contains("Where each integration runtime goes")) {
                    headingPage = page;
                    assertThat(text).as("page %d, with the table's heading", page)
                            .contains("Runtime", "Direction", "Host", "Purpose", "shir-dc", "host-1.example.net",
                                    "host-10.example.net");
                }
            }
            assertThat(headingPage).isEqualTo(2);
        }
    }
}
