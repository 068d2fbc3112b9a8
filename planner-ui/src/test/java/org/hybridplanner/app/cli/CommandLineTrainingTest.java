package org.hybridplanner.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.hybridplanner.engine.ExamplePlans;
import org.hybridplanner.export.ExportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AOT cache's training run goes through every command and export format the cache is meant to serve. */
class CommandLineTrainingTest {
    @TempDir
    Path dir;

    @Test
    void trainingRunsValidateRecommendAndAnExportInEveryFormat() throws IOException {
        Path plan = Files.writeString(dir.resolve("demo.json"), ExamplePlans.demo().json());
        Path out = Files.createDirectory(dir.resolve("out"));

        assertThat(CommandLineTraining.commands(plan.toString(), out)).extracting(command -> command.get(0))
                .startsWith("validate", "recommend").filteredOn("export"::equals)
                .hasSize(ExportFormat.values().length);
        CommandLineTraining.main(new String[] {plan.toString(), out.toString()});

        try (var files = Files.list(out)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(ExportFormat.values()).map(format -> "training." + format.extension()).toList());
        }
    }
}
