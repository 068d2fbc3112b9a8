package org.hybridplanner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.engine.RecommendationJson;
import org.hybridplanner.engine.RuleBook;
import org.hybridplanner.export.diagram.DiagramComparison;
import org.hybridplanner.export.diagram.DiagramFocus;
import org.hybridplanner.export.diagram.DiagramLayout;
import org.hybridplanner.export.diagram.DiagramModel;
import org.hybridplanner.export.diagram.DotExporter;
import org.hybridplanner.export.diagram.DrawioExporter;
import org.hybridplanner.export.diagram.GraphmlExporter;
import org.hybridplanner.export.diagram.PngDiagramWriter;
import org.hybridplanner.export.diagram.SvgDiagramWriter;
import org.hybridplanner.export.diagram.ZoneLayout;
import org.hybridplanner.export.pdf.PdfDesignDocument;
import org.hybridplanner.export.rules.RuleCsvExporter;
import org.hybridplanner.export.script.AwsCliScriptExporter;
import org.hybridplanner.export.script.AzureCliScriptExporter;
import org.hybridplanner.export.script.PowerShellScriptExporter;
import org.hybridplanner.export.text.StoreTypeNames;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;

/**
 * The entry point for the command line, the UI and the API: writes a plan and its recommendation in any
 * {@link ExportFormat}. Store type names and the compliance list come from the standard rule tables.
 *
 * <pre>{@code
 * Recommendation recommendation = RecommendationEngine.standard().recommend(plan);
 * try (OutputStream out = Files.newOutputStream(file)) {
 *     Exporters.write(ExportFormat.PDF, plan, recommendation, new ExportContext("A. Architect", clock, "v2"), out);
 * }
 * String svg = Exporters.svg(plan, recommendation); // for the planner's diagram panel
 * }</pre>
 */
public final class Exporters {
    private Exporters() {
    }

    /** Writes {@code format} to {@code out} (not closed). Deterministic for a fixed clock in {@code context}. */
    public static void write(ExportFormat format, Plan plan, Recommendation recommendation, ExportContext context,
            OutputStream out) throws IOException {
        switch (format) {
            case PDF -> new PdfDesignDocument(typeNames(), rules().complianceCertifications(),
                    rules().complianceReference()).write(plan, recommendation, readableLayout(plan, recommendation),
                    context, out);
            case SVG -> new SvgDiagramWriter().write(readableLayout(plan, recommendation), out);
            case PNG -> new PngDiagramWriter().write(readableLayout(plan, recommendation), out);
            case DRAWIO -> text(out, new DrawioExporter().export(readableLayout(plan, recommendation)));
            case GRAPHML -> text(out, new GraphmlExporter().export(model(plan, recommendation)));
            case DOT -> text(out, new DotExporter().export(model(plan, recommendation)));
            case JSON -> text(out, RecommendationJson.write(recommendation));
            case CSV -> text(out, new RuleCsvExporter().export(plan, recommendation));
            case POWERSHELL -> text(out, new PowerShellScriptExporter().export(plan, recommendation, context));
            case AZURE_CLI -> text(out, new AzureCliScriptExporter().export(plan, recommendation, context));
            case AWS_CLI -> text(out, new AwsCliScriptExporter().export(plan, recommendation, context));
        }
    }

    /** The diagram as an SVG document, for showing beside the recommendation (summarised for big plans). */
    public static String svg(Plan plan, Recommendation recommendation) {
        return new SvgDiagramWriter().svg(readableLayout(plan, recommendation));
    }

    /** The SVG of {@code model} with the elements {@code highlighted} (ids from {@link DiagramFocus}) outlined. */
    public static String svg(DiagramModel model, Set<String> highlighted) {
        return new SvgDiagramWriter().svg(new ZoneLayout().layout(model), highlighted);
    }

    /**
     * The diagram a reader can take in whole: every store up to {@link DiagramModel#SUMMARY_THRESHOLD} stores,
     * above that the stores of each zone not in {@code expandedLocations} counted per type.
     */
    public static DiagramModel readableModel(Plan plan, Recommendation recommendation,
            Set<String> expandedLocations) {
        return plan.dataStores().size() > DiagramModel.SUMMARY_THRESHOLD
                ? DiagramModel.summarised(plan, recommendation, typeNames(), expandedLocations)
                : model(plan, recommendation);
    }

    private static DiagramLayout readableLayout(Plan plan, Recommendation recommendation) {
        return new ZoneLayout().layout(readableModel(plan, recommendation, Set.of()));
    }

    /**
     * One diagram of two versions of a plan: the later design with what it added or changed highlighted and what it
     * removed drawn dashed ({@link DiagramComparison}).
     */
    public static String comparisonSvg(Plan before, Recommendation beforeDesign, Plan after,
            Recommendation afterDesign) {
        DiagramModel compared = DiagramComparison.of(model(before, beforeDesign), model(after, afterDesign));
        return new SvgDiagramWriter().svg(new ZoneLayout().layout(compared));
    }

    /** The diagram model of a plan, with store type names from the standard catalog. */
    public static DiagramModel model(Plan plan, Recommendation recommendation) {
        return DiagramModel.of(plan, recommendation, typeNames());
    }

    /** The laid-out diagram of a plan. */
    public static DiagramLayout layout(Plan plan, Recommendation recommendation) {
        return new ZoneLayout().layout(model(plan, recommendation));
    }

    private static RuleBook rules() {
        return RecommendationEngine.standard().rules();
    }

    private static StoreTypeNames typeNames() {
        return StoreTypeNames.of(RecommendationEngine.standard().catalog());
    }

    private static void text(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
