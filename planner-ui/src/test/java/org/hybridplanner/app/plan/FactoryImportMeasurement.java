package org.hybridplanner.app.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridplanner.app.FactoryExports;
import org.hybridplanner.app.account.AccountFixtures;
import org.hybridplanner.app.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Prints the server time of "Import from Data Factory" in the running planner (read, assemble, validate, store the
 * plan) for a factory of 40 linked services and 80 Copy activities, and writes that factory's zip to
 * {@code target/adf-40-80.zip} for the command-line measurement. Figures only, no timed assertion: run it with
 * {@code bin/measure-import.sh} (docs/importing.md, "Speed").
 */
@Tag("measurement")
@SpringBootTest
class FactoryImportMeasurement {
    private static final int WARM_UP = 30;
    private static final int MEASURED = 100;

    @Autowired
    ApplicationContext context;
    @Autowired
    FactoryImportService imports;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("planner-import-measurement").toString();
        registry.add("planner.data-dir", () -> dataDir);
    }

    @AfterEach
    void signOut() {
        AccountFixtures.signOut();
    }

    @Test
    void fortyLinkedServicesAndEightyCopies() throws Exception {
        byte[] zip = FactoryExports.generatedZip(40, 80);
        Files.write(Path.of("target", "adf-40-80.zip"), zip);
        long id = AccountFixtures.account(context, "measurer", Role.USER);
        AccountFixtures.signIn(id, "measurer", Role.USER);
        FactoryImportService.ImportedPlan first = imports.importFactory("adf-40-80.zip", zip);
        System.out.println("factory: " + first.report().stores().size() + " stores, " + first.report().flows().size()
                + " flows, " + first.report().flows().stream().mapToInt(f -> f.activities().size()).sum()
                + " copy activities; zip " + zip.length + " bytes");
        for (int i = 0; i < WARM_UP; i++) {
            imports.importFactory("adf-40-80.zip", zip);
        }
        List<Long> whole = new ArrayList<>();
        List<Long> readOnly = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            imports.importFactory("adf-40-80.zip", zip);
            whole.add(System.nanoTime() - start);
            start = System.nanoTime();
            imports.read("adf-40-80.zip", zip);
            readOnly.add(System.nanoTime() - start);
        }
        System.out.println("import and store: " + figures(whole));
        System.out.println("import only (read, assemble, validate): " + figures(readOnly));
    }

    private static String figures(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return String.format("median %.1f ms, p95 %.1f ms, max %.1f ms over %d runs",
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                sorted.getLast() / 1e6, sorted.size());
    }
}
