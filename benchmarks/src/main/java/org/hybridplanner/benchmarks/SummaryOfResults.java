package org.hybridplanner.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The summary {@link BenchmarkRun} prints, from JMH result files ({@code -rf json}) of several runs, for example
 * one run per plan size taken in turn with another build (benchmarks/compare.sh).
 */
public final class SummaryOfResults {
    private SummaryOfResults() {
    }

    public static void main(String[] files) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, Map<Integer, Double>> scores = new TreeMap<>();
        for (String file : files) {
            for (JsonNode result : mapper.readTree(Files.readAllBytes(Path.of(file)))) {
                String label = result.get("benchmark").asString();
                String method = label.substring(label.lastIndexOf('.') + 1);
                int stores = Integer.parseInt(result.get("params").get("stores").asString());
                scores.computeIfAbsent(method, key -> new TreeMap<>())
                        .put(stores, result.get("primaryMetric").get("score").asDouble());
            }
        }
        System.out.print(BenchmarkRun.summary(scores));
    }
}
