package org.hybridplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hybridplanner.engine.ExamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a pipeline sees it: exit codes, stdout and stderr. */
class PlannerCommandLineTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PlannerCommandLine commandLine = PlannerCommandLine.standard(new CliConsole(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));

    private int run(String... args) {
        return commandLine.run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path planFile(String json) throws IOException {
        return Files.writeString(dir.resolve("plan.json"), json);
    }

    @Test
    void recommendPrintsTheRecommendationAsJsonAndExitsZero() throws IOException {
        Path plan = planFile(ExamplePlans.byId("02-expressroute-microsoft-peering").json());

        int code = run("recommend", plan.toString());

        assertThat(code).isZero();
        assertThat(stdout()).isEqualTo(ExamplePlans.byId("02-expressroute-microsoft-peering").expectedJson());
        assertThat(stderr()).isEmpty();
    }

    @Test
    void recommendExitsZeroWhenThereAreWarnings() throws IOException {
        Path plan = planFile(ExamplePlans.byId("07-branch-office-gaps").json());

        assertThat(run("recommend", plan.toString())).isZero();
        assertThat(stdout()).contains("\"code\" : \"NO_PRIVATE_PATH\"");
    }

    @Test
    void invalidPlanExitsTwoWithEveryProblemOnItsOwnLineAndNoStackTrace() throws IOException {
        String broken = ExamplePlans.byId("02-expressroute-microsoft-peering").json()
                .replace("\"SQL_SERVER\"", "\"DB2\"")
                .replace("\"203.0.113.10\"", "\"203.0.113.999\"");
        Path plan = planFile(broken);

        int code = run("recommend", plan.toString());

        assertThat(code).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr().lines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("$.dataStores[0].type").contains("DB2"))
                .anySatisfy(line -> assertThat(line).contains("$.locations[0].egressIps[0]").contains("203.0.113.999"));
        assertThat(stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validateRefusesAPlanNameWithMarkupAsThePlannersImportDoes() throws IOException {
        Path plan = planFile(ExamplePlans.byId("02-expressroute-microsoft-peering").json()
                .replace("\"name\": \"Contoso ingestion\"", "\"name\": \"Contoso <b>ingestion</b>\""));

        int code = run("validate", plan.toString());

        assertThat(code).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr().lines()).containsExactly(plan + ": $.name: must not contain '<' or '>' (names are plain"
                + " text) (found \"Contoso <b>ingestion</b>\")");
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Path plan = planFile("{\n \"schemaVersion\": 1,\n \"name\": \n}");

        assertThat(run("validate", plan.toString())).isEqualTo(2);
        assertThat(stderr()).contains("malformed JSON at line 4");
    }

    @Test
    void printsTheFirstHundredProblemsAndCountsTheRestByKind() throws IOException {
        StringBuilder json = new StringBuilder(ExamplePlans.demo().json().strip());
        json.setLength(json.length() - 1);
        for (int i = 0; i < 250; i++) {
            json.append(",\"typo").append(i).append("\": 0");
        }
        Path plan = planFile(json.append('}').toString());

        for (String command : List.of("validate", "recommend")) {
            err.reset();
            assertThat(run(command, plan.toString())).isEqualTo(2);
            List<String> lines = stderr().lines().toList();
            assertThat(lines).hasSize(102);
            assertThat(lines.get(99)).startsWith(plan + ": $.typo99: unknown property");
            assertThat(lines.get(100)).isEqualTo(plan + ": … and 150 more of the same kind: unknown property; "
                    + "expected one of [credentials, dataFactory, dataStores, flows, layout, links, locations, name, runtime, "
                    + "schemaVersion]");
            assertThat(lines.get(101)).isEqualTo(plan + ": 250 problems in all");
        }
    }

    @Test
    void validateReportsAValidPlan() throws IOException {
        Path plan = planFile(ExamplePlans.demo().json());

        assertThat(run("validate", plan.toString())).isZero();
        assertThat(stdout()).contains("valid plan").contains("8 data stores").contains("7 flows");
    }

    @Test
    void validateCountsInTheRightNumber() throws IOException {
        Path plan = planFile(ExamplePlans.byId("02-expressroute-microsoft-peering").json());

        assertThat(run("validate", plan.toString())).isZero();
        assertThat(stdout()).contains("1 link, ", "1 flow)").doesNotContain("1 links", "1 flows");
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertThat(run("recommend", dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(stderr()).contains("no such file");
    }

    @Test
    void wrongArgumentsPrintTheUsage() {
        assertThat(run("recommend")).isEqualTo(2);
        assertThat(stderr()).contains("usage: recommend PLAN.json");
    }

    @Test
    void unknownCommandsAreRefused() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(stderr()).contains("unknown command 'frobnicate'");
    }

    @Test
    void exportWritesThePdfDesignDocument() throws IOException {
        Path plan = planFile(ExamplePlans.byId("02-expressroute-microsoft-peering").json());
        Path pdf = dir.resolve("design.pdf");

        assertThat(run("export", plan.toString(), "--format", "pdf", "--out", pdf.toString())).isZero();

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Contoso ingestion").contains("shir-dc").contains("*.servicebus.windows.net");
        }
        assertThat(stdout()).contains("wrote pdf to");
    }

    @Test
    void exportWritesEveryFormat() throws IOException {
        Path plan = planFile(ExamplePlans.demo().json());
        for (org.hybridplanner.export.ExportFormat format : org.hybridplanner.export.ExportFormat.values()) {
            Path out = dir.resolve("out." + format.extension());

            assertThat(run("export", plan.toString(), "--format", format.cliName(), "--out", out.toString()))
                    .as(format.cliName()).isZero();
            assertThat(Files.size(out)).as(format.cliName()).isPositive();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void exportRefusesAnUnknownFormatAndKeepsTheOldFile() throws IOException {
        Path plan = planFile(ExamplePlans.demo().json());
        Path out = Files.writeString(dir.resolve("keep.txt"), "previous");

        assertThat(run("export", plan.toString(), "--format", "docx", "--out", out.toString())).isEqualTo(2);
        assertThat(stderr()).contains("unknown format 'docx'").contains("azure-cli");
        assertThat(Files.readString(out)).isEqualTo("previous");
    }

    @Test
    void exportNeedsFormatAndOut() throws IOException {
        Path plan = planFile(ExamplePlans.demo().json());

        assertThat(run("export", plan.toString(), "--format", "pdf")).isEqualTo(2);
        assertThat(stderr()).contains("usage: export PLAN.json --format F --out FILE");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("help")).isZero();
        assertThat(stdout()).contains("recommend PLAN.json").contains("validate PLAN.json").contains("export PLAN.json");
    }

    @Test
    void onlyCommandWordsBypassTheWebApplication() {
        assertThat(PlannerCommandLine.handles(new String[] {"recommend", "x.json"})).isTrue();
        assertThat(PlannerCommandLine.handles(new String[] {"--help"})).isTrue();
        assertThat(PlannerCommandLine.handles(new String[] {})).isFalse();
        assertThat(PlannerCommandLine.handles(new String[] {"--server.port=9090"})).isFalse();
    }
}
