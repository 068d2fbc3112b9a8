package org.hybridplanner.app.share;

/** No such link, or a revoked one: both answer 404 so that a holder learns nothing more. */
public class ShareLinkNotFoundException extends RuntimeException {
    public ShareLinkNotFoundException() {
        super("This link does not exist or was revoked");
    }
}
