package org.hybridplanner.app.share;

import java.time.Duration;

/** The client looked up too many unknown links within the window: 429, try again after {@code retryAfter}. */
public class TooManyGuessesException extends RuntimeException {
    private final Duration retryAfter;

    public TooManyGuessesException(Duration retryAfter) {
        super("Too many unknown links from this address; try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
