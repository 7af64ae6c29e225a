package dev.wamock.server.internal.webhooks;

import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.engine.ChaosJson;
import dev.wamock.scenarios.engine.Durations;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.engine.state.DeliveryLog;
import dev.wamock.server.WebhookOptions;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.state.ServerState;
import dev.wamock.server.internal.state.Sessions;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin routes of the webhooks (appended to {@code AdminRoutes}, behind its guard): {@code GET /__wamock/webhooks}
 * (the attempts, a JSON array, paged by {@code since} and {@code limit}), {@code PUT /__wamock/webhooks} (the
 * session's callback and chaos), {@code GET /__wamock/webhooks/settings} (them and the queue's counts), {@code POST /__wamock/webhooks/verify} (the handshake) and
 * {@code POST /__wamock/inbound} (a user's message). Each takes {@code ?session=}; bad input gets a Graph-shaped 400.
 */
public final class WebhookAdmin {
    private static final Set<String> SETTINGS = Set.of("callbackUrl", "chaos");
    private static final Set<String> CHAOS = Set.of("outOfOrder", "duplicated", "delayed", "delayBy",
            "readWithoutDelivered", "dropped", "seed");

    private WebhookAdmin() {
    }

    /**
     * {@code GET /__wamock/webhooks?since=<seq>&limit=<n>}: the session's attempts numbered above {@code since} (0: all
     * kept), oldest first, {@code limit} at most (all when not given); a JSON array.
     */
    public static Object deliveries(Context ctx, ServerState state) {
        long since = whole(ctx, "since", 0, 0, "the seq of the last attempt you have, or 0 for all");
        long limit = whole(ctx, "limit", DeliveryLog.CAPACITY, 1, "leave it out to read every attempt");
        return session(ctx, state).deliveries().after(since, (int) Math.min(limit, DeliveryLog.CAPACITY));
    }

    /** Query parameter {@code name} as a whole number of at least {@code min}, or {@code absent}; else a 400. */
    private static long whole(Context ctx, String name, long absent, long min, String hint) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return absent;
        }
        try {
            long value = Long.parseLong(text);
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw GraphErrorException.badRequest(name + " must be a whole number of at least " + min + " but was '" + text
                + "'; " + hint);
    }

    /** {@code PUT /__wamock/webhooks}: body any of {@code {"callbackUrl": "http://…", "chaos": {…}}}; answers them. */
    public static Object configure(Context ctx, JsonNode body, ServerState state) {
        SessionWebhooks session = session(ctx, state);
        known(body, SETTINGS, "webhook setting");
        try {
            if (body.has("callbackUrl")) {
                JsonNode url = body.get("callbackUrl");
                session.callback(WebhookOptions.none().withCallbackUrl(url.isNull() ? null : url.asString())
                        .callbackUrl());
            }
            if (body.has("chaos")) {
                session.chaos(chaos(body.get("chaos")));
            }
        } catch (IllegalArgumentException e) {
            throw GraphErrorException.badRequest(e.getMessage());
        }
        return settings(session);
    }

    /** {@code GET /__wamock/webhooks/settings}: the session's callback, chaos and counts, as the PUT answers them. */
    public static Object state(Context ctx, ServerState state) {
        return settings(session(ctx, state));
    }

    /** {@code POST /__wamock/webhooks/verify}: the handshake's result. */
    public static Object verify(Context ctx, ServerState state) {
        return Handshakes.verify(state.webhooks(), session(ctx, state));
    }

    /**
     * {@code POST /__wamock/inbound}: body {@code {"from": "16505551234", "type": "text", "text": "hi"}} (or
     * {@code image} with {@code mediaId} and {@code caption}, {@code location} with {@code latitude} and
     * {@code longitude}, {@code reaction} with {@code messageId} and {@code emoji}; {@code to} and {@code name}
     * optional); answers {@code {"wamid": …}}.
     */
    public static Object inbound(Context ctx, JsonNode body, ServerState state) {
        SessionWebhooks session = session(ctx, state);
        String type = body.path("type").asString("text");
        ObjectNode content = Mappers.JSON.createObjectNode();
        switch (type) {
            case "text" -> content.put("body", required(body, "text"));
            case "image" -> {
                content.put("id", required(body, "mediaId")).put("mime_type", "image/jpeg");
                if (body.has("caption")) {
                    content.put("caption", body.get("caption").asString());
                }
            }
            case "location" -> content.put("latitude", number(body, "latitude")).put("longitude", number(body, "longitude"));
            case "reaction" -> content.put("message_id", required(body, "messageId")).put("emoji", required(body, "emoji"));
            default -> throw GraphErrorException.badRequest("type must be one of [text, image, location, reaction] but"
                    + " was '" + type + "'");
        }
        String to = body.has("to") ? body.get("to").asString() : state.options().fixtures().all().get(0).id();
        try {
            return Map.of("wamid", session.inbound(to, required(body, "from"), body.path("name").asString("Wamock User"),
                    type, content));
        } catch (IllegalArgumentException e) {
            throw GraphErrorException.badRequest(e.getMessage());
        }
    }

    /** The chaos of a JSON object like {@code {"duplicated": 1, "delayed": 0.5, "delayBy": "30s", "seed": 7}}. */
    static WebhookChaos chaos(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("chaos must be an object like {\"duplicated\": 1, \"seed\": 7}");
        }
        known(node, CHAOS, "chaos field");
        return new WebhookChaos(p(node, "outOfOrder"), p(node, "duplicated"), p(node, "delayed"),
                node.has("delayBy") ? Durations.parse(node.get("delayBy").asString()) : Duration.ZERO,
                p(node, "readWithoutDelivered"), p(node, "dropped"), node.path("seed").asLong(0));
    }

    /** What {@code PUT} answers: the session's callback, chaos and counts (never the secret or the token). */
    static Map<String, Object> settings(SessionWebhooks s) {
        HookSettings now = s.settings();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("callbackUrl", now.callback() == null ? null : now.callback().toString());
        out.put("chaos", ChaosJson.write(now.chaos()));
        out.put("pending", s.pending());
        out.put("overflowed", s.overflowed());
        out.put("dropped", s.dropped());
        return out;
    }

    private static double p(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isMissingNode()) {
            return 0;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(field + " must be a probability from 0 to 1 but was " + v);
        }
        return v.asDouble();
    }

    private static void known(JsonNode node, Set<String> fields, String what) {
        for (String key : node.propertyNames()) {
            if (!fields.contains(key)) {
                throw GraphErrorException.badRequest("unknown " + what + " '" + key + "'; valid fields: "
                        + List.copyOf(new java.util.TreeSet<>(fields)));
            }
        }
    }

    private static String required(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (!v.isString() || v.asString().isBlank()) {
            throw GraphErrorException.badRequest(field + " is required (a non-empty string) for an inbound "
                    + body.path("type").asString("text") + " message");
        }
        return v.asString();
    }

    private static double number(JsonNode body, String field) {
        if (!body.path(field).isNumber()) {
            throw GraphErrorException.badRequest(field + " is required (a number) for an inbound location message");
        }
        return body.get(field).asDouble();
    }

    private static SessionWebhooks session(Context ctx, ServerState state) {
        Sessions.of(ctx, state.store()); // checks the ID, 400 when it breaks the rule
        return state.webhooks().session(Sessions.idOf(ctx));
    }
}
