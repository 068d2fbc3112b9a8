package org.hybridplanner.app.backup;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/backup} with an admin's API token answers a zip of the embedded database, taken while the
 * planner runs: {@code curl -fsS -X POST -H "Authorization: Bearer $TOKEN" .../api/admin/backup -o backup.zip}.
 * {@code java -jar planner.jar restore backup.zip} puts it back into a stopped planner's data directory.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class BackupApiController {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final DatabaseBackup backups;
    private final Clock clock;

    BackupApiController(DatabaseBackup backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @PostMapping("/api/admin/backup")
    void backup(HttpServletResponse response) throws IOException {
        String name = "planner-backup-" + STAMP.format(clock.instant()) + ".zip";
        try (DatabaseBackup.TakenBackup backup = backups.take()) {
            response.setContentType("application/zip");
            response.setContentLengthLong(backup.size());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(name).build().toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            Files.copy(backup.file(), response.getOutputStream());
        }
    }

    @ExceptionHandler(BackupRefusedException.class)
    ProblemDetail refused(BackupRefusedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
