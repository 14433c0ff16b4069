package org.townhall.ivr.config;

/**
 * A service of the town hall that callers are transferred to.
 *
 * @param tag  short label put in front of the caller's name on the operator's phone, e.g. {@code ROADS}
 * @param dial Asterisk dial string, e.g. {@code PJSIP/1002}
 * @param name the department's name as a prompt (one text per language)
 */
public record Department(String id, Prompt name, String tag, String dial, OpeningHours hours, Location location) {
}
