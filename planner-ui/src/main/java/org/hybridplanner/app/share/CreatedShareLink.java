package org.hybridplanner.app.share;

/** A new link with its secret, which is shown once and never stored. {@code path} is relative to the planner. */
public record CreatedShareLink(ShareLinkSummary link, String token) {
    public String path() {
        return link.access().path(token);
    }
}
