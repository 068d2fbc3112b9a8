package org.hybridplanner.app.api;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hybridplanner.app.plan.OpenedPlan;

/**
 * The ETag of a stored plan, {@code "7-0f6e…"}: its version number and the revision of the save that made that
 * version. The number alone could come round again (a save lost in a crash, a database restored from a backup) and
 * let a client holding the old tag overwrite a change it never saw; the revision is random and new on every save,
 * so a tag names one save only, for good.
 */
record PlanEntityTag(long version, UUID revision) {
    private static final Pattern FORMAT = Pattern.compile("(?:W/)?\"(\\d{1,18})-([0-9a-f]{32})\"");

    /** What an If-Match value that is not one of our tags expects: a save that never exists, so it answers 412. */
    private static final PlanEntityTag NO_SAVE = new PlanEntityTag(-1, new UUID(0, 0));

    static PlanEntityTag of(OpenedPlan opened) {
        return new PlanEntityTag(opened.version(), opened.revision());
    }

    /**
     * The save an {@code If-Match} header names. Missing: {@link MissingVersionException} (428). A well-formed value
     * that is not one of our tags (an old bare number, another server's tag, a list) names no save: the save then
     * fails its precondition (412), or 404 for an unknown plan, like any other stale tag.
     */
    static PlanEntityTag fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new MissingVersionException();
        }
        Matcher matcher = FORMAT.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            return NO_SAVE;
        }
        String hex = matcher.group(2);
        return new PlanEntityTag(Long.parseLong(matcher.group(1)), new UUID(Long.parseUnsignedLong(hex, 0, 16, 16),
                Long.parseUnsignedLong(hex, 16, 32, 16)));
    }

    /** The quoted value of an ETag header. */
    String header() {
        return "\"" + version + "-" + revision.toString().replace("-", "") + "\"";
    }
}
