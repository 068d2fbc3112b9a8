package org.hybridplanner.app.share;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.export.ExportContext;
import org.hybridplanner.export.ExportFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page and downloads a view link opens (an edit link is redirected to the planner). Anyone holding the link may
 * use it, without an account (see
 * {@link SharedPageSecurity}); the link itself is the permission. Server-rendered and stateless: no Vaadin UI and
 * no HTTP session per visitor.
 */
@Controller
class SharedPageController {
    private final ShareLinkService links;
    private final DesignService design;
    private final Clock clock;

    SharedPageController(ShareLinkService links, DesignService design, Clock clock) {
        this.links = links;
        this.design = design;
        this.clock = clock;
    }

    @GetMapping("/shared/{token}")
    ResponseEntity<String> page(@PathVariable String token, HttpServletRequest request) {
        SharedDesign shared = links.resolve(token, request.getRemoteAddr());
        return html(HttpStatus.OK).body(SharedPage.render(token, shared));
    }

    @GetMapping("/shared/{token}/exports/{format}")
    ResponseEntity<byte[]> export(@PathVariable String token, @PathVariable String format,
            HttpServletRequest request) throws IOException {
        ExportFormat exportFormat = ExportFormat.fromName(format).orElse(null);
        SharedDesign shared = links.resolve(token, request.getRemoteAddr());
        if (exportFormat == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).headers(SharedResponses.headers()).build();
        }
        return SharedResponses.export(design, exportFormat, shared, clock);
    }

    @ExceptionHandler(ShareLinkNotFoundException.class)
    ResponseEntity<String> notFound(ShareLinkNotFoundException e) {
        return html(HttpStatus.NOT_FOUND).body(SharedPage.problem("Link not found",
                "This link does not exist or was revoked by the plan's owner."));
    }

    /** An edit link opened as a page goes to the planner, which asks for sign-in first. */
    @ExceptionHandler(EditLinkNeedsSignInException.class)
    ResponseEntity<Void> toPlanner(EditLinkNeedsSignInException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).headers(SharedResponses.headers())
                .location(URI.create(request.getContextPath() + "/" + e.plannerPath())).build();
    }

    @ExceptionHandler(ShareLinkExpiredException.class)
    ResponseEntity<String> gone(ShareLinkExpiredException e) {
        return html(HttpStatus.GONE).body(SharedPage.problem("Link expired", "This link has expired."));
    }

    @ExceptionHandler(TooManyGuessesException.class)
    ResponseEntity<String> tooMany(TooManyGuessesException e) {
        return html(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(SharedPage.problem("Too many attempts", "Too many unknown links were tried from your "
                        + "address. Wait a minute and try again."));
    }

    private static ResponseEntity.BodyBuilder html(HttpStatus status) {
        return ResponseEntity.status(status).headers(SharedResponses.headers())
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
    }

    /** Used by the page and by the API for link holders: the same headers and the same export bytes. */
    static final class SharedResponses {
        private SharedResponses() {
        }

        static HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.set("Referrer-Policy", "no-referrer");
            headers.setCacheControl("no-store");
            headers.set("X-Robots-Tag", "noindex, nofollow");
            headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' "
                    + "data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
            return headers;
        }

        static ResponseEntity<byte[]> export(DesignService design, ExportFormat format, SharedDesign shared,
                Clock clock) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            design.export(format, shared.plan(), shared.recommendation(),
                    new ExportContext(shared.author(), clock, shared.versionLabel()), out);
            HttpHeaders headers = headers();
            headers.setContentDisposition(ContentDisposition.attachment()
                    .filename(format.fileName(shared.plan().name())).build());
            return ResponseEntity.ok().headers(headers).contentType(MediaType.parseMediaType(format.mediaType()))
                    .body(out.toByteArray());
        }
    }
}
