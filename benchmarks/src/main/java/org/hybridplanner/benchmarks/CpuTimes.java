package org.hybridplanner.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.model.Plan;
import org.hybridplanner.model.PlanReader;
import org.hybridplanner.model.PlanWriter;
import org.hybridplanner.model.ValidatedPlan;

/**
 * The engine against {@code PlanReader.read} of the same plan, in the CPU time of the calling thread rather than
 * wall time: on a machine other builds load (a load average of 15 or more on two cores), wall-clock scores of JMH
 * vary tenfold between runs, while a thread's own CPU time counts only the cycles it ran. It leaves out what other
 * threads do for the call (garbage collection, the JIT), so it complements {@link PlanBenchmark}, not replaces it.
 * Usage: {@code java -cp benchmarks.jar org.hybridplanner.benchmarks.CpuTimes [CALLS] [STORES...]}; prints one line
 * per plan size with the median and best of CALLS calls each, after as many warm-up calls.
 */
public final class CpuTimes {
    private CpuTimes() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int[] sizes = args.length > 1
                ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {100, 1000, 10000};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RecommendationEngine engine = RecommendationEngine.standard();
        PlanReader reader = engine.reader();
        for (int stores : sizes) {
            Plan plan = new EstateGenerator(engine.catalog(), PlanBenchmark.SEED).generate(stores);
            byte[] json = new PlanWriter().writeBytes(plan);
            ValidatedPlan validated = reader.read(json).validated();
            int rounds = stores >= 10_000 ? calls : calls * 10;
            long[] engineTimes = new long[rounds];
            long[] readerTimes = new long[rounds];
            for (int warmUp = 0; warmUp < rounds; warmUp++) {
                engine.recommend(validated);
                reader.read(json);
            }
            for (int i = 0; i < rounds; i++) {
                long start = threads.getCurrentThreadCpuTime();
                engine.recommend(validated);
                long between = threads.getCurrentThreadCpuTime();
                reader.read(json);
                long end = threads.getCurrentThreadCpuTime();
                engineTimes[i] = between - start;
                readerTimes[i] = end - between;
            }
            Arrays.sort(engineTimes);
            Arrays.sort(readerTimes);
            double engineMedian = engineTimes[rounds / 2] / 1e6;
            double readerMedian = readerTimes[rounds / 2] / 1e6;
            System.out.printf(Locale.ROOT, "stores %6d  recommend %9.3f ms (best %9.3f)  PlanReader.read %9.3f ms"
                    + " (best %9.3f)  engine / reader %5.2f%n", stores, engineMedian, engineTimes[0] / 1e6,
                    readerMedian, readerTimes[0] / 1e6, engineMedian / readerMedian);
        }
    }
}
