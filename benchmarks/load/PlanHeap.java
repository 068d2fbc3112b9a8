import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.export.Exporters;
import org.hybridplanner.model.Plan;

/**
 * The plan itself, for the heap per editor session (docs/deployment.md#heap-per-editor-session): what one editor
 * holds of its plan (the parsed plan, its recommendation, the canvas's diagram layout), as used heap after a full
 * GC with COPIES separately parsed copies kept, divided by COPIES. Run by editor-heap.sh with the planner's jars:
 * {@code java -cp "planner-ui/target/planner/lib/*" benchmarks/load/PlanHeap.java PLAN_JSON COPIES}.
 */
public final class PlanHeap {
    public static void main(String[] args) throws Exception {
        RecommendationEngine engine = RecommendationEngine.standard();
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        int copies = Integer.parseInt(args[1]);
        List<Object> kept = new ArrayList<>();
        Plan warm = engine.reader().read(json).planOrThrow();
        kept.add(Exporters.layout(warm, engine.evaluate(warm).recommendation()));
        kept.clear();
        long before = used();
        for (int i = 0; i < copies; i++) {
            Plan plan = engine.reader().read(json).planOrThrow();
            var recommendation = engine.evaluate(plan).recommendation();
            kept.add(plan);
            kept.add(recommendation);
            kept.add(Exporters.layout(plan, recommendation));
        }
        long after = used();
        System.out.printf("plan + recommendation + canvas layout: %,d bytes per copy (%d copies)%n",
                (after - before) / copies, kept.size() / 3);
    }

    private static long used() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
