package org.hybridplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hybridplanner.app.FactoryExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-adf} as a pipeline sees it: files written, a plan that validates, exit 2 naming the bad file. */
class ImportAdfCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PlannerCommandLine commandLine = PlannerCommandLine.standard(new CliConsole(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path template() throws IOException {
        return Files.writeString(dir.resolve("ARMTemplateForFactory.json"), FactoryExports.TEMPLATE);
    }

    @Test
    void writesAPlanThatValidatesAndAReportWithTheChecklist() throws IOException {
        Path plan = dir.resolve("plan.json");
        Path report = dir.resolve("report.json");

        int code = commandLine.run(new String[] {"import-adf", template().toString(), "--out", plan.toString(),
                "--report", report.toString()});

        assertThat(code).isZero();
        assertThat(stdout()).startsWith("imported data factory fabrikam-adf (westeurope): 2 data stores, 1 flow,")
                .contains("Needs your input · shir-plant: Self-hosted integration runtime shir-plant");
        assertThat(Files.readString(report)).contains("\"linkedService\" : \"ls_orders\"",
                "\"endpoint\" : \"fabrikamlake.blob.core.windows.net\"", "pl_orders / Copy orders");
        out.reset();
        assertThat(commandLine.run(new String[] {"validate", plan.toString()})).isZero();
        assertThat(stdout()).contains("valid plan \"fabrikam-adf\" (2 locations, 0 links, 2 data stores, 1 flow)");
        for (String written : new String[] {Files.readString(plan), Files.readString(report), stdout(), stderr()}) {
            assertThat(written).doesNotContain("LEAK", "Password");
        }
    }

    @Test
    void withoutOutThePlanGoesToStdoutAndTheSummaryToStderr() throws IOException {
        int code = commandLine.run(new String[] {"import-adf", template().toString()});

        assertThat(code).isZero();
        assertThat(stdout()).startsWith("{").contains("\"schemaVersion\" : 2", "\"name\" : \"ls_orders\"");
        assertThat(stderr()).startsWith("imported data factory fabrikam-adf");
    }

    @Test
    void badInputExitsTwoNamingTheFile() throws IOException {
        Path broken = Files.writeString(dir.resolve("ARMTemplateForFactory.json"), "{\"resources\": [ oops ]}");

        assertThat(commandLine.run(new String[] {"import-adf", broken.toString()})).isEqualTo(2);
        assertThat(stderr()).startsWith(broken + ": malformed JSON at line 1, column").doesNotContain("Exception");
        err.reset();
        Path notAnExport = Files.writeString(dir.resolve("notes.json"), "{\"a\": 1}");
        assertThat(commandLine.run(new String[] {"import-adf", notAnExport.toString()})).isEqualTo(2);
        assertThat(stderr()).startsWith(notAnExport + ": not a Data Factory export");
        err.reset();
        assertThat(commandLine.run(new String[] {"import-adf", dir.resolve("nothing.zip").toString()})).isEqualTo(2);
        assertThat(stderr()).contains("nothing.zip: no such file or folder");
    }

    @Test
    void aWrongOptionPrintsTheUsage() {
        assertThat(commandLine.run(new String[] {"import-adf", "x.zip", "--format", "pdf"})).isEqualTo(2);
        assertThat(stderr()).startsWith("usage: import-adf PATH [--out PLAN.json] [--report REPORT.json]");
    }
}
