package org.hybridplanner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hybridplanner.engine.ExamplePlan;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.export.ExportFixtures.Case;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.Recommendation;

/** The hand-built fixtures plus every example plan shipped in seed-data, run through the real engine. */
public final class ExportCases {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneOffset.UTC);
    public static final ExportContext CONTEXT = new ExportContext("Ada Architect", CLOCK, "v3");

    private ExportCases() {
    }

    public static List<Case> examples() {
        RecommendationEngine engine = RecommendationEngine.standard();
        List<Case> cases = new ArrayList<>();
        for (ExamplePlan example : ExamplePlans.all()) {
            Plan plan = engine.reader().read(example.json()).planOrThrow();
            cases.add(new Case("example " + example.id(), plan, engine.recommend(plan)));
        }
        return cases;
    }

    /** Fixtures and examples, plus each example with every name made hostile. */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>(ExportFixtures.all());
        cases.addAll(examples());
        return cases;
    }

    /** Writes the design in {@code format} to {@code export.EXTENSION} in {@code dir}, with the fixed context. */
    public static Path exportTo(Path dir, ExportFormat format, Plan plan, Recommendation recommendation)
            throws IOException {
        Path file = dir.resolve("export." + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            Exporters.write(format, plan, recommendation, CONTEXT, out);
        }
        return file;
    }
}
