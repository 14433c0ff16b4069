package org.townhall.ivr.store;

/** How many calls of a department (null: none) had this topic (the stored qualification; null: none). */
public record TopicCount(String department, String topic, int calls) {
}
