package org.hybridplanner.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.PlanWriter;

/**
 * Writes a generated estate as a plan file, for timing the command line on it:
 * {@code java -cp benchmarks.jar org.hybridplanner.benchmarks.EstateFile STORES FILE}.
 */
public final class EstateFile {
    private EstateFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EstateFile STORES FILE");
            System.exit(2);
        }
        RecommendationEngine engine = RecommendationEngine.standard();
        int stores = Integer.parseInt(args[0]);
        Files.write(Path.of(args[1]), new PlanWriter().writeBytes(
                new EstateGenerator(engine.catalog(), PlanBenchmark.SEED).generate(stores)));
    }
}
