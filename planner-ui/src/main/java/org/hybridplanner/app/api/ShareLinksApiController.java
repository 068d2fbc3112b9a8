package org.hybridplanner.app.api;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hybridplanner.app.share.CreatedShareLink;
import org.hybridplanner.app.share.NewShareLink;
import org.hybridplanner.app.share.ShareAccess;
import org.hybridplanner.app.share.ShareLinkService;
import org.hybridplanner.app.share.ShareLinkSummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The share links of one of the token owner's plans (API token needed; others' plans answer 404). */
@RestController
@RequestMapping("/api/plans/{id}/share-links")
class ShareLinksApiController {
    private final ShareLinkService links;

    ShareLinksApiController(ShareLinkService links) {
        this.links = links;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<ShareLinkSummary> list(@PathVariable UUID id) {
        return links.list(id);
    }

    /**
     * Creates a view or edit link; the answer holds the secret once. An edit link has no {@code apiPath}: it works
     * only in the planner, for signed-in users. {@code expiresInDays}: absent for the default, at most the
     * configured maximum (365 by default), 0 for no expiry (when an admin allows it).
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedLink> create(@PathVariable UUID id, @RequestBody(required = false) ShareLinkRequest body) {
        ShareLinkRequest request = body == null ? new ShareLinkRequest(null, null, null, null) : body;
        long maxDays = links.maxExpiry().toDays();
        if (request.expiresInDays() != null && (request.expiresInDays() < 0 || request.expiresInDays() > maxDays)) {
            throw new IllegalArgumentException("expiresInDays must be between 1 and " + maxDays + " (the longest "
                    + "expiry allowed here), or 0 for no expiry where an admin allows it; found "
                    + request.expiresInDays());
        }
        CreatedShareLink created = links.create(id, new NewShareLink(request.access(), request.label(),
                request.expiresInDays() == null ? null : Duration.ofDays(request.expiresInDays()),
                request.versionId()));
        return ResponseEntity.created(URI.create("/api/plans/" + id + "/share-links/" + created.link().id()))
                .body(new CreatedLink(created.link(), created.token(), "/" + created.path(),
                        created.link().access() == ShareAccess.VIEW ? "/api/shared/" + created.token() : null));
    }

    @DeleteMapping("/{linkId}")
    ResponseEntity<Void> revoke(@PathVariable UUID id, @PathVariable long linkId) {
        links.revoke(id, linkId);
        return ResponseEntity.noContent().build();
    }

    record ShareLinkRequest(ShareAccess access, String label, Integer expiresInDays, Long versionId) {
    }

    record CreatedLink(ShareLinkSummary link, String token, String pagePath, String apiPath) {
    }
}
