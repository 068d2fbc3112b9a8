package org.hybridplanner.app.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.hybridplanner.app.base.PlannerMetrics;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.engine.PlanEvaluation;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.export.ExportContext;
import org.hybridplanner.export.ExportFormat;
import org.hybridplanner.export.Exporters;
import org.hybridplanner.model.Catalog;
import org.hybridplanner.model.CredentialOptions;
import org.hybridplanner.model.DataFactory;
import org.hybridplanner.model.EndpointStyle;
import org.hybridplanner.model.NameRule;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanReadResult;
import org.hybridplanner.model.PlanWriter;
import org.hybridplanner.model.Problem;
import org.hybridplanner.model.Recommendation;
import org.hybridplanner.model.RuntimeOptions;
import org.hybridplanner.model.ValidatedPlan;
import org.springframework.stereotype.Service;

/**
 * The engine and the exporters as the planner uses them: validate, recommend, read and write plan documents, export
 * designs; each engine run, read and export is measured ({@link PlannerMetrics}). Stateless.
 */
@Service
public class DesignService {
    private final RecommendationEngine engine;
    private final PlannerMetrics metrics;
    private final PlanWriter writer = new PlanWriter();

    DesignService(RecommendationEngine engine, PlannerMetrics metrics) {
        this.engine = engine;
        this.metrics = metrics;
    }

    public Catalog catalog() {
        return engine.catalog();
    }

    /** The Data Factory service host a self-hosted runtime of such a factory connects to, from the rule book. */
    public Optional<String> dataFactoryServiceHost(String factoryName, String region, EndpointStyle style) {
        return engine.rules().dataFactoryServiceHost(factoryName, region, style);
    }

    /** Every problem of the plan (the format's checks, names included: {@link NameRule}); the design when none. */
    public Design design(Plan plan) {
        // One validation per edit: the engine checks the plan and recommends in the same pass.
        PlanEvaluation evaluation = metrics.recommendation(() -> engine.evaluate(plan));
        return new Design(plan, evaluation.problems(), evaluation.recommendation());
    }

    /** The design of a plan validation has already accepted: recommended without validating it again. */
    public Design design(ValidatedPlan plan) {
        return new Design(plan.plan(), List.of(), metrics.recommendation(() -> engine.recommend(plan)));
    }

    public List<Problem> problems(Plan plan) {
        return engine.validator().validate(plan);
    }

    /** Reads an uploaded plan file: malformed JSON and format problems (names included), each with its path. */
    public PlanReadResult read(byte[] json) {
        return metrics.planRead(() -> engine.reader().read(json));
    }

    /** Writes the design in one of the export formats. */
    public void export(ExportFormat format, Plan plan, Recommendation recommendation, ExportContext context,
            OutputStream out) throws IOException {
        metrics.export(format, () -> Exporters.write(format, plan, recommendation, context, out));
    }

    public byte[] write(Plan plan) {
        return writer.writeBytes(plan);
    }

    /** The plan a "New plan" starts from: a data factory and nothing else yet. */
    public Plan emptyPlan(String name) {
        return new Plan(Plan.SCHEMA_VERSION, name, new DataFactory("my-data-factory", "westeurope",
                EndpointStyle.REGIONAL), List.of(), List.of(), List.of(), List.of(), RuntimeOptions.DEFAULTS,
                CredentialOptions.DEFAULTS);
    }

    /** The realistic mixed estate every new account starts with. */
    public Plan demoPlan() {
        return engine.reader().read(ExamplePlans.demo().json()).planOrThrow();
    }

    PlanDocument document(Plan plan) {
        Design design = design(plan);
        if (!design.isValid()) {
            throw new IllegalArgumentException("refusing to store an invalid plan: " + design.problems().get(0));
        }
        return new PlanDocument(plan, writer.write(plan), design.recommendation().warnings().size());
    }

    Plan parseStored(String json) {
        return engine.reader().read(json).planOrThrow();
    }
}
