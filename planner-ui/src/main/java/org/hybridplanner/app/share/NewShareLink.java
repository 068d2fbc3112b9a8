package org.hybridplanner.app.share;

import java.time.Duration;
import org.hybridplanner.app.base.PlainText;

/**
 * What the owner asks for. {@code expiresIn} null means the configured default; {@link #NO_EXPIRY} asks for a link
 * that never expires (allowed only when an admin set {@code planner.share.allow-no-expiry}). {@code versionId} null
 * pins the link to the latest version; edit links cannot be pinned (one edits the latest version; old ones are
 * restored from the history).
 */
public record NewShareLink(ShareAccess access, String label, Duration expiresIn, Long versionId) {
    public static final Duration NO_EXPIRY = Duration.ZERO;

    public NewShareLink {
        access = access == null ? ShareAccess.VIEW : access;
        label = label == null || label.isBlank() ? null : label.strip();
        PlainText.checkLabel(label);
        if (access == ShareAccess.EDIT && versionId != null) {
            throw new IllegalArgumentException("An edit link always opens the latest version: it cannot be pinned to "
                    + "a saved version");
        }
        if (expiresIn != null && expiresIn.isNegative()) {
            throw new IllegalArgumentException("Expiry must not be in the past");
        }
    }
}
