package org.hybridplanner.app.share;

/** A link whose expiry passed: 410 Gone. */
public class ShareLinkExpiredException extends RuntimeException {
    public ShareLinkExpiredException() {
        super("This link has expired");
    }
}
