package org.hybridplanner.export.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.hybridplanner.export.ExportCases;
import org.hybridplanner.export.ExportFixtures;
import org.hybridplanner.export.ExportFixtures.Case;
import org.hybridplanner.export.ExportFormat;
import org.hybridplanner.export.Exporters;
import org.hybridplanner.export.diagram.DiagramModel;
import org.hybridplanner.export.diagram.DotExporter;
import org.hybridplanner.export.diagram.SvgDiagramWriter;
import org.hybridplanner.export.diagram.ZoneLayout;
import org.hybridplanner.export.text.StoreTypeNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmarks, not tests: run only with the {@code benchmarks} profile (see docs/export-benchmarks.md). Prints
 * diagram layout + SVG time for 50, 500 and 2,000 stores beside Graphviz {@code dot -Tsvg} on the same graph
 * (the DOT export of the same diagram model, clusters included), and the PDF time for a 500-flow plan.
 */
class ExportBenchmark {
    @TempDir
    Path dir;

    @Test
    void diagramLayoutAndSvgAgainstGraphvizAndPdfFor500Flows() throws Exception {
        assumeTrue(Boolean.getBoolean("benchmarks"), "run with -Pbenchmarks");
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%-8s %-7s %-7s %-14s %-14s %-10s%n", "stores", "flows",
                "nodes", "ours (ms)", "dot -Tsvg (ms)", "ratio"));
        for (int stores : new int[] {50, 500, 2_000}) {
            Case c = ExportFixtures.large(stores, stores);
            DiagramModel model = DiagramModel.of(c.plan(), c.recommendation(), StoreTypeNames.of(null));
            int warmups = stores >= 2_000 ? 3 : 10;
            double ours = median(() -> {
                String svg = new SvgDiagramWriter().svg(new ZoneLayout().layout(
                        DiagramModel.of(c.plan(), c.recommendation(), StoreTypeNames.of(null))));
                assertThat(svg).contains("</svg>");
            }, warmups, 7);
            Path dot = dir.resolve("diagram-" + stores + ".dot");
            Files.writeString(dot, new DotExporter().export(model));
            double graphviz = graphviz(dot, stores >= 2_000 ? 1 : 3);
            report.append(String.format(Locale.ROOT, "%-8d %-7d %-7d %-14.1f %-14s %-10s%n", stores,
                    c.plan().flows().size(), model.graph().vertexSet().size(), ours,
                    graphviz < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", graphviz),
                    graphviz < 0 ? "n/a" : String.format(Locale.ROOT, "%.1fx faster", graphviz / ours)));
        }
        Case flows500 = ExportFixtures.large(500, 500);
        int[] pages = new int[1];
        double pdf = median(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exporters.write(ExportFormat.PDF, flows500.plan(), flows500.recommendation(), ExportCases.CONTEXT, out);
            pages[0] = out.size();
        }, 5, 7);
        report.append(String.format(Locale.ROOT, "%nPDF design document, 500 flows / 500 stores: median %.0f ms after"
                + " warm-up (%d KB)%n", pdf, pages[0] / 1024));
        report.append("JVM ").append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
        System.out.println("\n=== Export benchmarks ===\n" + report);
        Path target = Path.of(System.getProperty("benchmarks.report", "target/export-benchmarks.txt"));
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, report.toString());
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double median(Work work, int warmups, int runs) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /** Median wall time of {@code dot -Tsvg}, or -1 when Graphviz is not installed. */
    private static double graphviz(Path dot, int runs) throws IOException, InterruptedException {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Process process;
            try {
                process = new ProcessBuilder("dot", "-Tsvg", dot.toString(), "-o", dot + ".svg")
                        .redirectErrorStream(true).start();
            } catch (IOException e) {
                return -1;
            }
            process.getInputStream().readAllBytes();
            assertThat(process.waitFor(20, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).isZero();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
