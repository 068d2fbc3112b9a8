package org.hybridplanner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hybridplanner.export.diagram.DiagramLayout;
import org.hybridplanner.export.diagram.DiagramModel;
import org.hybridplanner.export.diagram.PngDiagramWriter;
import org.hybridplanner.export.diagram.SvgDiagramWriter;
import org.hybridplanner.export.diagram.ZoneLayout;
import org.hybridplanner.export.pdf.PdfDesignDocument;
import org.hybridplanner.export.text.StoreTypeNames;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.CredentialAdvice;
import org.hybridplanner.model.CredentialStore;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.DataStore;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.Location;
import org.hybridplanner.model.LocationKind;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.Scenario;

/**
 * Writes a one-store design in a format and throws it away, to do on a cold JVM what the first export of that format
 * does once per process: read the first font face, set up Java2D, PDFBox and its font embedding, the PNG encoder.
 * The command line runs it on the other core while the rule book loads, so that its export then runs warm. It needs
 * no rule book (the design names its store type by its code) and writes nothing anywhere.
 */
public final class ExportWarmUp {
    private static final Clock EPOCH = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    private ExportWarmUp() {
    }

    /** Warms the path of {@code format}; formats that are plain text need nothing and return at once. */
    public static void prepare(ExportFormat format) throws IOException {
        Plan plan = new Plan(Plan.SCHEMA_VERSION, "Warm-up", new DataFactory("warm-up", "westeurope",
                EndpointStyle.REGIONAL), List.of(new Location("dc", "Datacenter", LocationKind.ON_PREMISES)),
                List.of(), List.of(new DataStore("db", "Orders", "SQL_SERVER", "dc")), List.of(), null, null);
        Recommendation recommendation = new Recommendation(Scenario.HYBRID, List.of(), List.of(), List.of(),
                List.of(), new CredentialAdvice(CredentialStore.AZURE_KEY_VAULT, null, List.of()), List.of(),
                List.of(), List.of());
        StoreTypeNames names = StoreTypeNames.of(new Catalog(List.of(), List.of(), Map.of(), List.of()));
        OutputStream discard = OutputStream.nullOutputStream();
        switch (format) {
            case PDF -> new PdfDesignDocument(names, List.of(), "").write(plan, recommendation,
                    layout(plan, recommendation, names), new ExportContext("warm-up", EPOCH, "warm-up"), discard);
            case PNG -> new PngDiagramWriter().write(layout(plan, recommendation, names), discard);
            case SVG, DRAWIO -> new SvgDiagramWriter().write(layout(plan, recommendation, names), discard);
            default -> {
                // text formats: nothing slow on a cold JVM beyond what the rule book's loading warms
            }
        }
    }

    private static DiagramLayout layout(Plan plan, Recommendation recommendation, StoreTypeNames names) {
        return new ZoneLayout().layout(DiagramModel.of(plan, recommendation, names));
    }
}
