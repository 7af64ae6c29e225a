package dev.wamock.state.redis.internal;

import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.messages.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes a replica appends to a session's log, as the field/value pairs of a stream entry (the script adds
 * {@code n}, and the kind goes in {@code k}). Each carries the replica's node ID and a local number, so the replica
 * finds its own change's result when it applies it. Tokens never go in: a request carries a SHA-256 prefix of its
 * token, all a per-token count needs; nor does a message's text: a send carries what WhatsApp's rules read.
 */
final class Changes {
    static final String REQUEST = "req";
    static final String USE = "use";
    static final String USE_NAME = "useName";
    static final String OFF = "off";
    static final String RESET = "reset";
    static final String CLOCK = "clock";
    static final String MANUAL = "manual";
    static final String REAL = "real";
    static final String ADVANCE = "advance";
    static final String SCALE = "scale";
    static final String SEND = "send";
    static final String INBOUND = "inbound";
    static final String HOOKS = "hooks";

    private Changes() {
    }

    /**
     * A request's facts: header scenario {@code h}, number {@code num}, version {@code ver}, fields {@code f}, token key
     * {@code tk}, the business account {@code waba} when it is not the number itself, and the route {@code rt} when it is
     * not the phone-number endpoint's.
     */
    static List<String> request(String headerScenario, RequestFacts facts) {
        List<String> fields = new ArrayList<>(10);
        put(fields, "num", facts.numberId());
        put(fields, "ver", facts.version());
        if (!facts.wabaId().equals(facts.numberId())) {
            put(fields, "waba", facts.wabaId());
        }
        if (!dev.wamock.scenarios.When.NUMBER_ROUTE.equals(facts.route())) {
            put(fields, "rt", facts.route());
        }
        if (headerScenario != null && !headerScenario.isBlank()) {
            put(fields, "h", headerScenario);
        }
        if (!facts.fields().isEmpty()) {
            put(fields, "f", Codec.write(facts.fields()));
        }
        if (facts.token() != null) {
            put(fields, "tk", Codec.tokenKey(facts.token()));
        }
        return fields;
    }

    /** Activates this scenario ({@code s}: its JSON). */
    static List<String> use(Scenario scenario) {
        return List.of("s", Codec.write(scenario));
    }

    /** Activates the known scenario of this name. */
    static List<String> useName(String name) {
        return List.of("s", name);
    }

    /** Back to the start, the clock reading {@code clockNanos} when the reset lands. */
    static List<String> reset(long clockNanos) {
        return List.of("clock", Long.toString(clockNanos));
    }

    /** The session's own webhook settings ({@code s}: the server's JSON; none: the server's settings again). */
    static List<String> hooks(String json) {
        return json == null ? List.of() : List.of("s", json);
    }

    /** A clock change: {@code op} manual, real, advance (nanoseconds) or scale (a factor). */
    static List<String> clock(String op, String value) {
        return value == null ? List.of("op", op) : List.of("op", op, "v", value);
    }

    /**
     * A send, for WhatsApp's rules: the business number {@code num}, the recipient's digits {@code to}, the message
     * type {@code type} and, for a template message, its {@code template} object {@code tpl} (the only part of the body
     * the rules read).
     */
    static List<String> send(OutgoingMessage message) {
        List<String> fields = new ArrayList<>(8);
        put(fields, "num", message.phoneNumberId());
        put(fields, "to", MessagingLimits.digits(message.to()));
        put(fields, "type", message.type());
        if (message.isTemplate()) {
            put(fields, "tpl", Codec.write(message.body().path("template")));
        }
        return fields;
    }

    /** A user's message to a business number: number {@code num}, the user's WhatsApp ID {@code wa}. */
    static List<String> inbound(String phoneNumberId, String waId) {
        return List.of("num", phoneNumberId, "wa", waId);
    }

    private static void put(List<String> fields, String name, String value) {
        fields.add(name);
        fields.add(value);
    }
}
