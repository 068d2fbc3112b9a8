package org.hybridplanner.app.cli;

/** The command line was used wrongly (missing argument, unreadable file): exit code 2, with this message. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
