package org.hybridplanner.model;

/**
 * Another place the runtime could be hosted.
 *
 * @param host the other host
 * @param location the plan location that would hold it, or null when the plan has none yet
 */
public record RuntimeAlternative(RuntimeHost host, String location) {
}
