package org.hybridplanner.app.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hybridplanner.app.account.CurrentAccount;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.app.plan.MergedSave;
import org.hybridplanner.app.plan.OpenedPlan;
import org.hybridplanner.app.plan.PlanService;
import org.hybridplanner.app.plan.PlanSummary;
import org.hybridplanner.app.plan.VersionKind;
import org.hybridplanner.app.plan.VersionSummary;
import org.hybridplanner.engine.RecommendationJson;
import org.hybridplanner.export.ExportContext;
import org.hybridplanner.export.ExportFormat;
import org.hybridplanner.model.Recommendation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's plans over HTTP. Every route needs an API token (see {@link ApiSecurity}) and acts only on the
 * token owner's plans through {@link PlanService}: another account's plan id answers 404. The ETag of a plan names its
 * version and the save that made it ({@link PlanEntityTag}); PUT needs it in {@code If-Match} and answers 412 when the
 * plan changed meanwhile. PlanService stores a change durably before these methods answer.
 */
@RestController
@RequestMapping("/api/plans")
class PlansApiController {
    private final PlanService plans;
    private final DesignService design;
    private final PlanBodies bodies;
    private final CurrentAccount currentAccount;
    private final Clock clock;

    PlansApiController(PlanService plans, DesignService design, PlanBodies bodies, CurrentAccount currentAccount,
            Clock clock) {
        this.plans = plans;
        this.design = design;
        this.bodies = bodies;
        this.currentAccount = currentAccount;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<PlanSummary> list() {
        return plans.list("");
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoredPlanReference> create(@RequestBody(required = false) byte[] body) {
        UUID id = plans.create(bodies.read(body), VersionKind.CREATED);
        OpenedPlan opened = plans.open(id);
        return ResponseEntity.created(URI.create("/api/plans/" + id)).eTag(PlanEntityTag.of(opened).header())
                .body(new StoredPlanReference(id, opened.version()));
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> get(@PathVariable UUID id) {
        OpenedPlan opened = plans.open(id);
        return ResponseEntity.ok().eTag(PlanEntityTag.of(opened).header()).contentType(MediaType.APPLICATION_JSON)
                .body(design.write(opened.plan()));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoredPlanReference> update(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) byte[] body) {
        PlanEntityTag expected = PlanEntityTag.fromIfMatch(ifMatch);
        OpenedPlan saved = plans.saveNamedVersion(id, expected.version(), expected.revision(), bodies.read(body),
                "Saved through the API");
        return ResponseEntity.ok().eTag(PlanEntityTag.of(saved).header())
                .body(new StoredPlanReference(id, saved.version()));
    }

    /**
     * Merges the client's plan, an edit of the version named in If-Match, with the latest version, as the editor
     * does (docs/sharing-and-api.md#merging-edits): 200 with the merged plan and its ETag, or 409 listing the
     * fields both changed differently.
     */
    @PostMapping(path = "/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> merge(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) byte[] body) {
        PlanEntityTag base = PlanEntityTag.fromIfMatch(ifMatch);
        MergedSave merged = plans.mergeNamedVersion(id, base.version(), base.revision(), bodies.read(body),
                "Merged through the API");
        return ResponseEntity.ok().eTag(PlanEntityTag.of(merged.saved()).header())
                .contentType(MediaType.APPLICATION_JSON).body(design.write(merged.saved().plan()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        plans.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/{id}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<VersionSummary> versions(@PathVariable UUID id) {
        return plans.versions(id);
    }

    @GetMapping(path = "/{id}/recommendation", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] recommendation(@PathVariable UUID id) {
        return RecommendationJson.writeUtf8(design.design(plans.open(id).plan()).recommendation());
    }

    @GetMapping("/{id}/exports/{format}")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String format) throws IOException {
        OpenedPlan opened = plans.open(id);
        ExportFormat exportFormat = ExportFormat.fromName(format).orElseThrow(() -> new IllegalArgumentException(
                "Unknown format '" + format + "'; formats: " + formatNames()));
        Recommendation recommendation = design.design(opened.plan()).recommendation();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        design.export(exportFormat, opened.plan(), recommendation, new ExportContext(
                currentAccount.require().getUsername(), clock, "version " + opened.version()), out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(exportFormat.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(exportFormat.fileName(opened.plan().name())).build().toString())
                .body(out.toByteArray());
    }

    static String formatNames() {
        return String.join(", ", java.util.Arrays.stream(ExportFormat.values()).map(ExportFormat::cliName).toList());
    }

    /** Where a stored plan is and which version the next PUT must name. */
    record StoredPlanReference(UUID id, long version) {
    }
}
