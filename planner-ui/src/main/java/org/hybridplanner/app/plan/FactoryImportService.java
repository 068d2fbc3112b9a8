package org.hybridplanner.app.plan;

import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.hybridplanner.engine.RecommendationEngine;
import org.hybridplanner.factoryimport.FactoryImport;
import org.hybridplanner.factoryimport.FactoryImporter;
import org.hybridplanner.factoryimport.ImportLimits;
import org.hybridplanner.factoryimport.ImportRefusedException;
import org.hybridplanner.factoryimport.ImportReport;
import org.springframework.stereotype.Service;

/**
 * Imports a Data Factory export (a zip, or the publish ARM template) as a new plan of the caller. An import holds
 * up to 64 MiB of uncompressed JSON while it runs, so at most {@link ImportLimits#MAX_CONCURRENT_IMPORTS} run at
 * once; a request that finds no free place within a few seconds is refused as busy rather than queued without end.
 * Nothing of the export is logged: its credentials never leave the importer.
 */
@Service
public class FactoryImportService {
    /** How long an import waits for a free place before it is refused as busy. */
    static final long WAIT_SECONDS = 5;
    private final FactoryImporter importer;
    private final PlanService plans;
    private final Semaphore places;
    private final long waitMillis;

    @org.springframework.beans.factory.annotation.Autowired
    FactoryImportService(RecommendationEngine engine, PlanService plans) {
        this(new FactoryImporter(engine.catalog()), plans, new Semaphore(ImportLimits.MAX_CONCURRENT_IMPORTS, true),
                WAIT_SECONDS * 1000);
    }

    FactoryImportService(FactoryImporter importer, PlanService plans, Semaphore places, long waitMillis) {
        this.importer = importer;
        this.plans = plans;
        this.places = places;
        this.waitMillis = waitMillis;
    }

    /**
     * The plan the import created (its id, and the version and revision of its first save, which an API client's
     * next PUT names) and the report of what was read, inferred and asked.
     */
    public record ImportedPlan(UUID id, long version, UUID revision, ImportReport report) {
    }

    /**
     * Imports the file and stores the plan.
     *
     * @throws ImportRefusedException when the file is not an importable export (the problems name the file)
     * @throws ImportBusyException when too many imports are running
     */
    public ImportedPlan importFactory(String fileName, byte[] bytes) throws ImportRefusedException {
        FactoryImport imported = read(fileName, bytes);
        UUID id = plans.create(imported.plan(), VersionKind.IMPORTED);
        OpenedPlan opened = plans.open(id);
        return new ImportedPlan(id, opened.version(), opened.revision(), imported.report());
    }

    FactoryImport read(String fileName, byte[] bytes) throws ImportRefusedException {
        boolean entered;
        try {
            entered = places.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportBusyException();
        }
        if (!entered) {
            throw new ImportBusyException();
        }
        try {
            return importer.importUpload(fileName == null || fileName.isBlank() ? "upload" : fileName, bytes);
        } finally {
            places.release();
        }
    }

    /** Too many imports are running; try again shortly. */
    public static final class ImportBusyException extends RuntimeException {
        ImportBusyException() {
            super("Too many imports are running; try again in a few seconds");
        }

        public long retryAfterSeconds() {
            return WAIT_SECONDS;
        }
    }
}
