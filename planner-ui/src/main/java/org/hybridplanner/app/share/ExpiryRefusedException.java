package org.hybridplanner.app.share;

/** An expiry longer than the planner allows ({@code planner.share.max-expiry}); the API answers 400. */
public class ExpiryRefusedException extends IllegalArgumentException {
    ExpiryRefusedException(String message) {
        super(message);
    }
}
