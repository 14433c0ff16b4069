package org.townhall.ivr.simulator;

import java.util.Locale;
import java.util.Optional;

/**
 * Channel variables, the built-in variables and the few dialplan functions an IVR uses (CALLERID, CHANNEL, DB,
 * LEN), with GET VARIABLE / SET VARIABLE / GET FULL VARIABLE semantics.
 */
final class ChannelVariables {

    private final Channel channel;
    private final AgiDatabase database;

    ChannelVariables(Channel channel, AgiDatabase database) {
        this.channel = channel;
        this.database = database;
    }

    /** GET VARIABLE: a function when the name ends with {@code )}, else a built-in or channel variable. */
    Optional<String> read(String name) {
        if (!name.isEmpty() && name.endsWith(")")) {
            return readFunction(name);
        }
        return readVariable(name);
    }

    /** SET VARIABLE: functions are written, variables stored without their {@code _}/{@code __} prefix. */
    void write(String name, String value) {
        int paren = name.indexOf('(');
        if (paren > 0 && name.endsWith(")")) {
            writeFunction(name.substring(0, paren).toUpperCase(Locale.ROOT),
                    name.substring(paren + 1, name.length() - 1), value);
            return;
        }
        channel.variables().put(strip(name), value);
    }

    /** GET FULL VARIABLE: expands {@code ${NAME}}, {@code ${FUNC(args)}} and {@code ${NAME:offset:length}}. */
    String substitute(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            if (template.startsWith("${", i)) {
                int close = matchingBrace(template, i + 2);
                if (close < 0) {
                    out.append(template.substring(i));
                    break;
                }
                String inner = substitute(template.substring(i + 2, close));
                out.append(expand(inner));
                i = close + 1;
            } else {
                out.append(template.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private String expand(String expression) {
        int paren = expression.indexOf('(');
        int close = paren >= 0 ? expression.indexOf(')', paren) : -1;
        int colon = expression.indexOf(':', close >= 0 ? close : 0);
        String name = colon >= 0 ? expression.substring(0, colon) : expression;
        String value = read(name).orElse("");
        if (colon < 0) {
            return value;
        }
        String[] parts = expression.substring(colon + 1).split(":", -1);
        Integer length = parts.length > 1 && !parts[1].isEmpty() ? CNum.atoi(parts[1]) : null;
        return substring(value, CNum.atoi(parts[0]), length);
    }

    private static String substring(String value, int offset, Integer length) {
        int start = offset < 0 ? Math.max(0, value.length() + offset) : Math.min(offset, value.length());
        int end = value.length();
        if (length != null) {
            end = length < 0 ? Math.max(start, value.length() + length) : Math.min(value.length(), start + length);
        }
        return value.substring(start, end);
    }

    private static int matchingBrace(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            if (s.startsWith("${", i)) {
                depth++;
                i++;
            } else if (s.charAt(i) == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private Optional<String> readVariable(String rawName) {
        String name = strip(rawName);
        String builtin = switch (name) {
            case "CHANNEL" -> channel.name;
            case "UNIQUEID" -> channel.uniqueId;
            case "CONTEXT" -> channel.context;
            case "EXTEN" -> channel.extension;
            case "PRIORITY" -> Integer.toString(channel.priority);
            case "CALLINGPRES" -> Integer.toString(channel.callingPres);
            case "CALLINGANI2" -> Integer.toString(channel.callingAni2);
            case "CALLINGTON" -> Integer.toString(channel.callingTon);
            case "CALLINGTNS" -> Integer.toString(channel.callingTns);
            case "HANGUPCAUSE" -> channel.hungUp() ? "16" : "0";
            case "EPOCH" -> Long.toString(System.currentTimeMillis() / 1000);
            default -> null;
        };
        if (builtin != null) {
            return Optional.of(builtin);
        }
        return Optional.ofNullable(channel.variables().get(name));
    }

    private Optional<String> readFunction(String call) {
        int paren = call.indexOf('(');
        if (paren <= 0 || !call.endsWith(")")) {
            return Optional.empty();
        }
        String function = call.substring(0, paren).toUpperCase(Locale.ROOT);
        String args = call.substring(paren + 1, call.length() - 1);
        String item = args.toLowerCase(Locale.ROOT).strip();
        switch (function) {
            case "CALLERID":
                return switch (item) {
                    case "num", "number" -> Optional.of(nullToEmpty(channel.callerNum));
                    case "name" -> Optional.of(nullToEmpty(channel.callerName));
                    case "all" -> Optional.of(callerIdAll());
                    default -> Optional.empty();
                };
            case "CHANNEL":
                return switch (item) {
                    case "language" -> Optional.of(channel.language);
                    case "name" -> Optional.of(channel.name);
                    case "uniqueid" -> Optional.of(channel.uniqueId);
                    case "channeltype" -> Optional.of(channel.type);
                    case "state" -> Optional.of(stateName(channel.state));
                    case "musicclass" -> Optional.of("default");
                    default -> Optional.empty();
                };
            case "DB": {
                int slash = args.indexOf('/');
                if (slash < 0) {
                    return Optional.empty();
                }
                return Optional.of(database.get(args.substring(0, slash), args.substring(slash + 1)).orElse(""));
            }
            case "LEN":
                return Optional.of(Integer.toString(args.length()));
            default:
                return Optional.empty();
        }
    }

    private void writeFunction(String function, String args, String value) {
        String item = args.toLowerCase(Locale.ROOT).strip();
        switch (function) {
            case "CALLERID" -> {
                switch (item) {
                    case "num", "number" -> channel.callerNum = value;
                    case "name" -> channel.callerName = value;
                    case "all" -> {
                        String[] parsed = CallerIdText.parse(value);
                        channel.callerName = parsed[0];
                        channel.callerNum = parsed[1];
                    }
                    default -> {
                        // unknown datatype: Asterisk logs an error, nothing changes
                    }
                }
            }
            case "CHANNEL" -> {
                if (item.equals("language")) {
                    channel.language = value;
                }
            }
            case "DB" -> {
                int slash = args.indexOf('/');
                if (slash > 0) {
                    database.put(args.substring(0, slash), args.substring(slash + 1), value);
                }
            }
            default -> {
                // unknown function: Asterisk logs a warning, SET VARIABLE still answers 200 result=1
            }
        }
    }

    private String callerIdAll() {
        String name = nullToEmpty(channel.callerName);
        String num = nullToEmpty(channel.callerNum);
        if (name.isEmpty()) {
            return num.isEmpty() ? "" : "<" + num + ">";
        }
        return '"' + name + '"' + (num.isEmpty() ? "" : " <" + num + ">");
    }

    static String stateName(int state) {
        return switch (state) {
            case Channel.STATE_UP -> "Up";
            case Channel.STATE_RING -> "Ring";
            case Channel.STATE_BUSY -> "Busy";
            default -> "Unknown";
        };
    }

    static String strip(String name) {
        if (name.startsWith("__")) {
            return name.substring(2);
        }
        if (name.startsWith("_")) {
            return name.substring(1);
        }
        return name;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
