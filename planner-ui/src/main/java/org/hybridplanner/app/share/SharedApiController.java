package org.hybridplanner.app.share;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.export.ExportFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API for link holders: anyone with a view link, no account (the secret is the permission). Refusals are
 * problem details from the API's error handling (404 unknown or revoked, 410 expired, 429 too many guesses).
 */
@RestController
class SharedApiController {
    private final ShareLinkService links;
    private final DesignService design;
    private final Clock clock;

    SharedApiController(ShareLinkService links, DesignService design, Clock clock) {
        this.links = links;
        this.design = design;
        this.clock = clock;
    }

    /** The plan (plan format) and its recommendation: {@code {"plan": ..., "recommendation": ...}}. */
    @GetMapping(path = "/api/shared/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> shared(@PathVariable String token, HttpServletRequest request) {
        return ResponseEntity.ok().headers(SharedPageController.SharedResponses.headers())
                .contentType(MediaType.APPLICATION_JSON).body(links.resolveJson(token, request.getRemoteAddr()));
    }

    @GetMapping("/api/shared/{token}/exports/{format}")
    ResponseEntity<byte[]> export(@PathVariable String token, @PathVariable String format,
            HttpServletRequest request) throws IOException {
        SharedDesign shared = links.resolve(token, request.getRemoteAddr());
        ExportFormat exportFormat = ExportFormat.fromName(format)
                .orElseThrow(() -> new IllegalArgumentException("Unknown format '" + format + "'"));
        return SharedPageController.SharedResponses.export(design, exportFormat, shared, clock);
    }
}
