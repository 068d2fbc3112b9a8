package org.hybridplanner.app.api;

/** A change without {@code If-Match}: 428, because a blind overwrite could lose someone else's edit. */
class MissingVersionException extends RuntimeException {
    MissingVersionException() {
        super("Send If-Match with the ETag of the plan you changed");
    }
}
