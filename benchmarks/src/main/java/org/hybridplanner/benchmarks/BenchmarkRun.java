package org.hybridplanner.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PlanBenchmark} (JMH options on the command line override its defaults, for example {@code -f 1}),
 * then prints what the issue asks for: per plan size the engine's time against both parses, their ratios, and how
 * each grows when the plan grows tenfold.
 */
public final class BenchmarkRun {
    private BenchmarkRun() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(commandLine);
        if (commandLine.getIncludes().isEmpty()) {
            options.include(PlanBenchmark.class.getSimpleName());
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.print(summary(results));
    }

    /** Milliseconds per operation, by benchmark method and then plan size. */
    static Map<String, Map<Integer, Double>> scores(Collection<RunResult> results) {
        Map<String, Map<Integer, Double>> scores = new TreeMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            String method = label.substring(label.lastIndexOf('.') + 1);
            int stores = Integer.parseInt(result.getParams().getParam("stores"));
            scores.computeIfAbsent(method, key -> new TreeMap<>()).put(stores, result.getPrimaryResult().getScore());
        }
        return scores;
    }

    static String summary(Collection<RunResult> results) {
        return summary(scores(results));
    }

    /** The summary of scores (ms/op by benchmark method, then plan size), however they were measured. */
    static String summary(Map<String, Map<Integer, Double>> scores) {
        Map<Integer, Double> engine = scores.getOrDefault("recommend", Map.of());
        Map<Integer, Double> reader = scores.getOrDefault("planReaderRead", Map.of());
        Map<Integer, Double> tree = scores.getOrDefault("jacksonReadTree", Map.of());
        Map<Integer, Double> inMemory = scores.getOrDefault("recommendPlan", Map.of());
        StringBuilder out = new StringBuilder();
        out.append("Engine against parse (ms/op; ratio = recommend / parse; target: ratio <= 1)\n");
        out.append(String.format(Locale.ROOT, "| %7s | %12s | %15s | %16s | %13s | %14s | %13s |%n", "stores",
                "recommend", "PlanReader.read", "Jackson readTree", "engine/reader", "engine/readTree",
                "recommendPlan"));
        out.append("|--------:|-------------:|----------------:|-----------------:|--------------:|---------------:"
                + "|--------------:|\n");
        for (int stores : engine.keySet()) {
            double e = engine.get(stores);
            double r = reader.getOrDefault(stores, Double.NaN);
            double t = tree.getOrDefault(stores, Double.NaN);
            out.append(String.format(Locale.ROOT, "| %7d | %12.3f | %15.3f | %16.3f | %13.2f | %15.2f | %13.3f |%n",
                    stores, e, r, t, e / r, e / t, inMemory.getOrDefault(stores, Double.NaN)));
        }
        out.append("\nScaling (time at 10x the plan / time; target for recommend: <= 11)\n");
        out.append(String.format(Locale.ROOT, "| %15s | %12s | %15s | %16s |%n", "plan growth", "recommend",
                "PlanReader.read", "Jackson readTree"));
        out.append("|----------------:|-------------:|----------------:|-----------------:|\n");
        for (int stores : engine.keySet()) {
            if (engine.containsKey(stores * 10)) {
                out.append(String.format(Locale.ROOT, "| %15s | %12.2f | %15.2f | %16.2f |%n",
                        (stores * 10) + " vs " + stores, growth(engine, stores), growth(reader, stores),
                        growth(tree, stores)));
            }
        }
        return out.toString();
    }

    private static double growth(Map<Integer, Double> scores, int stores) {
        return scores.getOrDefault(stores * 10, Double.NaN) / scores.getOrDefault(stores, Double.NaN);
    }
}
