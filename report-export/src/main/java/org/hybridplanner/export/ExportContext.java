package org.hybridplanner.export;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What an export needs besides the plan and its recommendation: who it is for and when, for the PDF's title page
 * and metadata. Exports are deterministic for a fixed clock.
 *
 * @param author the author named on the title page and in the PDF metadata
 * @param clock the time the document is dated
 * @param versionLabel the plan version shown on the title page, for example {@code v3} or {@code draft}
 */
public record ExportContext(String author, Clock clock, String versionLabel) {
    public ExportContext {
        author = author == null || author.isBlank() ? "Unknown author" : author;
        Objects.requireNonNull(clock, "clock");
        versionLabel = versionLabel == null || versionLabel.isBlank() ? "draft" : versionLabel;
    }

    /** The clock's current time in its zone. */
    public ZonedDateTime timestamp() {
        return ZonedDateTime.now(clock);
    }
}
