package org.hybridplanner.app.api;

import java.net.URI;
import org.hybridplanner.app.plan.FactoryImportService;
import org.hybridplanner.app.plan.FactoryImportService.ImportedPlan;
import org.hybridplanner.factoryimport.ImportRefusedException;
import org.hybridplanner.factoryimport.ImportReport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/plans/from-data-factory}: the body is a zip of a Data Factory export or its publish ARM template;
 * the answer is the new plan's id and version with the import report. Bodies over 16 MiB never get here
 * ({@link RequestBodyLimit}); bad input is a 422 problem whose {@code problems} name the file.
 */
@RestController
@RequestMapping("/api/plans/from-data-factory")
class FactoryImportApiController {
    private final FactoryImportService imports;

    FactoryImportApiController(FactoryImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = {"application/zip", "application/json", "application/octet-stream"},
            produces = "application/json")
    ResponseEntity<ImportedPlanBody> importFactory(@RequestBody(required = false) byte[] body,
            @RequestParam(name = "fileName", required = false) String fileName) throws ImportRefusedException {
        if (body == null || body.length == 0) {
            throw new ImportRefusedException("The request body must be a zip of a Data Factory export or its"
                    + " ARMTemplateForFactory.json");
        }
        ImportedPlan imported = imports.importFactory(fileName == null ? "the request body" : fileName, body);
        return ResponseEntity.created(URI.create("/api/plans/" + imported.id()))
                .eTag(new PlanEntityTag(imported.version(), imported.revision()).header())
                .body(new ImportedPlanBody(imported.id().toString(), imported.version(), imported.report()));
    }

    /** The new plan, the version the next PUT must name, and what the import read, inferred and asks. */
    record ImportedPlanBody(String id, long version, ImportReport report) {
    }
}
