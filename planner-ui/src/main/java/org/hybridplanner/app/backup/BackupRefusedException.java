package org.hybridplanner.app.backup;

/** A backup that cannot be taken now or here; the message says why and what to do instead. */
class BackupRefusedException extends RuntimeException {
    BackupRefusedException(String message) {
        super(message);
    }
}
