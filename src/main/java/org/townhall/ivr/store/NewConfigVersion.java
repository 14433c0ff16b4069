package org.townhall.ivr.store;

/** A version about to be stored; the store gives it its number and time. */
public record NewConfigVersion(String yaml, String contentHash, String author, String comment, Integer basedOn,
                               VersionOrigin origin) {
}
