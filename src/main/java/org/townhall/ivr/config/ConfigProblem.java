package org.townhall.ivr.config;

/**
 * One thing wrong with a configuration file, phrased so that a supervisor knows what to fix.
 *
 * @param nodeId the menu node or department concerned, or {@code null} when the problem is elsewhere
 */
public record ConfigProblem(Location location, String nodeId, String message) {
    @Override
    public String toString() {
        return location + ": " + (nodeId == null ? "" : "'" + nodeId + "': ") + message;
    }
}
