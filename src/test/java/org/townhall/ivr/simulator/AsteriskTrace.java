package org.townhall.ivr.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A transcript recorded from a real Asterisk, as in {@code shared/asterisk/traces}. */
final class AsteriskTrace {

    /** Who wrote a line, seen from the FastAGI server that recorded the trace. */
    enum Direction {
        FROM_ASTERISK, TO_ASTERISK, NOTE
    }

    record Entry(int lineNumber, Direction direction, String text) {
    }

    private static final Pattern LINE = Pattern.compile("^\\s*(\\d+\\.\\d+) (<<|>>|##)(?: (.*))?$");

    private final List<Entry> environment;
    private final List<Entry> conversation;

    private AsteriskTrace(List<Entry> environment, List<Entry> conversation) {
        this.environment = environment;
        this.conversation = conversation;
    }

    static AsteriskTrace load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Entry> environment = new ArrayList<>();
        List<Entry> conversation = new ArrayList<>();
        boolean inEnvironment = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a trace line: " + line);
            }
            Direction direction = switch (m.group(2)) {
                case "<<" -> Direction.FROM_ASTERISK;
                case ">>" -> Direction.TO_ASTERISK;
                default -> Direction.NOTE;
            };
            Entry entry = new Entry(i + 1, direction, m.group(3) == null ? "" : m.group(3));
            if (inEnvironment && direction == Direction.FROM_ASTERISK) {
                environment.add(entry);
                if (entry.text().isEmpty()) {
                    inEnvironment = false;
                }
            } else {
                conversation.add(entry);
            }
        }
        return new AsteriskTrace(environment, conversation);
    }

    /** The environment block lines, the terminating empty line included. */
    List<String> environmentLines() {
        return environment.stream().map(Entry::text).toList();
    }

    /** {@code agi_*} name to value. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (Entry e : environment) {
            int colon = e.text().indexOf(": ");
            if (colon > 0) {
                env.put(e.text().substring(0, colon), e.text().substring(colon + 2));
            }
        }
        return env;
    }

    /** Everything after the environment block, notes included. */
    List<Entry> conversation() {
        return conversation;
    }

    List<String> commands() {
        return conversation.stream().filter(e -> e.direction() == Direction.TO_ASTERISK).map(Entry::text).toList();
    }

    /** A CallSetup that makes the simulator send exactly this trace's environment block. */
    CallSetup callSetup(String host, int port) {
        Map<String, String> env = environment();
        List<String> args = new ArrayList<>();
        for (int n = 1; env.containsKey("agi_arg_" + n); n++) {
            args.add(env.get("agi_arg_" + n));
        }
        return CallSetup.to(host, port, env.getOrDefault("agi_network_script", ""))
                .withRequest(env.get("agi_request"))
                .withChannel(env.get("agi_channel"))
                .withLanguage(env.get("agi_language"))
                .withType(env.get("agi_type"))
                .withUniqueId(env.get("agi_uniqueid"))
                .withVersion(env.get("agi_version"))
                .withCallerId(env.get("agi_callerid"), env.get("agi_calleridname"))
                .withCallingPres(Integer.parseInt(env.get("agi_callingpres")))
                .withCallingAni2(Integer.parseInt(env.get("agi_callingani2")))
                .withCallingTon(Integer.parseInt(env.get("agi_callington")))
                .withCallingTns(Integer.parseInt(env.get("agi_callingtns")))
                .withDnid(env.get("agi_dnid"))
                .withRdnis(env.get("agi_rdnis"))
                .withDialplan(env.get("agi_context"), env.get("agi_extension"),
                        Integer.parseInt(env.get("agi_priority")))
                .withAccountCode(env.get("agi_accountcode"))
                .withThreadId(env.get("agi_threadid"))
                .withArgs(args);
    }
}
