package org.townhall.ivr.console.testcall;

/** One test call: who started it, on which configuration, its line and its dialogue. */
final class TestCall {
    private final String id;
    private final String owner;
    private final String language;
    private final String caller;
    private final String configuration;
    private final WebTestChannel channel;
    private final Dialogue dialogue;
    private final long started = System.nanoTime();
    private Thread thread;

    TestCall(String id, String owner, String language, String caller, String configuration, WebTestChannel channel,
             Dialogue dialogue) {
        this.id = id;
        this.owner = owner;
        this.language = language;
        this.caller = caller;
        this.configuration = configuration;
        this.channel = channel;
        this.dialogue = dialogue;
    }

    String id() {
        return id;
    }

    String recordId() {
        return "test-" + id;
    }

    String owner() {
        return owner;
    }

    String language() {
        return language;
    }

    String caller() {
        return caller;
    }

    String configuration() {
        return configuration;
    }

    WebTestChannel channel() {
        return channel;
    }

    Dialogue dialogue() {
        return dialogue;
    }

    long started() {
        return started;
    }

    void runOn(Thread thread) {
        this.thread = thread;
        thread.start();
    }

    Thread thread() {
        return thread;
    }
}
