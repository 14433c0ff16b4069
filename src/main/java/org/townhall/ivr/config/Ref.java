package org.townhall.ivr.config;

/** A reference from one menu node to another, remembered with where it was written. */
public record Ref(String target, Location location) {
}
