package dev.wamock.server.internal.admin;

import dev.wamock.scenarios.Contract;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.engine.FileReader;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.engine.state.JournalStore;
import dev.wamock.scenarios.engine.state.SessionClock;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.state.StateStore;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.graph.GraphResponses;
import dev.wamock.server.internal.jetty.Routes;
import dev.wamock.server.internal.jetty.ServerHandlers;
import dev.wamock.server.internal.state.ServerState;
import dev.wamock.server.internal.state.Sessions;
import dev.wamock.server.internal.webhooks.WebhookAdmin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The admin API under {@code /__wamock/}: health, contract, scenarios, rate-limit windows, reset, journal (read and
 * live stream), webhooks ({@link WebhookAdmin}) and the dashboard ({@link UiRoutes}). Bodies are
 * the scenario model's own JSON, so the same classes read them back on the client side. Every call
 * passes the {@link AdminGuard} first (origin, host, token, content type).
 */
public final class AdminRoutes {
    private static final String P = Routes.ADMIN_PREFIX;
    private final ServerState state;
    private final AdminGuard guard;

    /** The admin API of the server whose state is {@code state}. */
    public AdminRoutes(ServerState state) {
        this.state = state;
        this.guard = new AdminGuard(state.options());
    }

    /** The admin routes of every server; each acts on the server its request came to. */
    public static void register(JavalinConfig config) {
        config.routes.before(P + "/*", ctx -> of(ctx).guard.check(ctx));
        config.routes.options(P + "/*", ctx -> {
            if (!AdminGuard.isPreflight(ctx)) {
                throw of(ctx).state.errors().unknownPath(ctx.path());
            }
            AdminGuard.answerPreflight(ctx);
        });
        UiRoutes.register(config);
        config.routes.get(P + "/health", ctx -> json(ctx, Health.of(of(ctx).state)));
        config.routes.get(AdminGuard.CA_PEM, ctx -> CaPemRoute.serve(ctx, of(ctx).state));
        config.routes.get(P + "/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=UTF-8")
                .result(Contract.get().yaml()));
        config.routes.get(P + "/scenarios", ctx -> json(ctx, of(ctx).state.catalogue().entries()));
        config.routes.get(P + "/scenario", ctx -> of(ctx).active(ctx));
        config.routes.put(P + "/scenario", ctx -> of(ctx).activate(ctx));
        config.routes.post(P + "/scenario", ctx -> of(ctx).activate(ctx));
        config.routes.delete(P + "/scenario", ctx -> {
            AdminRoutes admin = of(ctx);
            admin.session(ctx).deactivate();
            admin.active(ctx);
        });
        config.routes.post(P + "/reset", ctx -> {
            AdminRoutes admin = of(ctx);
            admin.session(ctx).reset();
            admin.active(ctx);
        });
        config.routes.get(P + "/clock", ctx -> json(ctx, of(ctx).session(ctx).clock().state()));
        config.routes.post(P + "/clock", ctx -> of(ctx).clock(ctx));
        config.routes.get(P + "/journal", ctx -> ServerHandlers.of(ctx).journalReads.serve(ctx));
        config.routes.get(P + "/journal/stream", ctx -> ServerHandlers.of(ctx).journalStreams.serve(ctx));
        config.routes.get(P + "/rate-windows", ctx -> json(ctx,
                java.util.Map.of("windows", of(ctx).session(ctx).rateWindows())));
        config.routes.delete(P + "/journal", ctx -> {
            JournalStore journal = of(ctx).session(ctx).journal();
            journal.clear();
            json(ctx, journal.snapshot());
        });
        config.routes.get(P + "/sessions", ctx -> json(ctx, java.util.Map.of("sessions", of(ctx).state.store().sessions())));
        config.routes.delete(P + "/session", ctx -> of(ctx).drop(ctx));
        registerWebhooks(config);
    }

    /** The webhooks' routes (docs/webhooks.md): attempts, the session's callback and chaos, handshake, inbound. */
    private static void registerWebhooks(JavalinConfig config) {
        config.routes.get(P + "/webhooks", ctx -> json(ctx, WebhookAdmin.deliveries(ctx, of(ctx).state)));
        config.routes.put(P + "/webhooks", ctx -> json(ctx, WebhookAdmin.configure(ctx,
                readJson(ctx.body(), "{\"callbackUrl\": \"http://127.0.0.1:9000/webhook\", \"chaos\": {\"duplicated\": 1}}"),
                of(ctx).state)));
        config.routes.get(P + "/webhooks/settings", ctx -> json(ctx, WebhookAdmin.state(ctx, of(ctx).state)));
        config.routes.post(P + "/webhooks/verify", ctx -> json(ctx, WebhookAdmin.verify(ctx, of(ctx).state)));
        config.routes.post(P + "/inbound", ctx -> json(ctx, WebhookAdmin.inbound(ctx,
                readJson(ctx.body(), "{\"from\": \"16505551234\", \"type\": \"text\", \"text\": \"hi\"}"),
                of(ctx).state)));
    }

    private SessionState session(Context ctx) {
        return Sessions.of(ctx, state.store());
    }

    /** Forgets the session the request names (the default one is reset instead). */
    private void drop(Context ctx) {
        String id = Sessions.idOf(ctx);
        if (!id.isEmpty()) {
            try {
                StateStore.checkSessionId(id);
            } catch (IllegalArgumentException e) {
                throw badRequest(e.getMessage());
            }
        }
        state.dropSession(id);
        json(ctx, java.util.Map.of("dropped", id));
    }

    private static AdminRoutes of(Context ctx) {
        return ServerHandlers.of(ctx).admin;
    }

    private void active(Context ctx) {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("active", session(ctx).progress());
        json(ctx, body);
    }

    /** Body {@code {"name": "http-500"}} activates a known scenario; a body with steps is an inline scenario. */
    private void activate(Context ctx) {
        String body = ctx.body();
        JsonNode node;
        try {
            node = Mappers.JSON.readTree(body);
        } catch (JacksonException e) {
            throw badRequest("the body must be JSON like {\"name\": \"http-500\"} or a scenario with steps: "
                    + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw badRequest("the body must be a JSON object like {\"name\": \"http-500\"} or a scenario with steps");
        }
        try {
            if (node.size() == 1 && node.has("name")) {
                if (!node.get("name").isString()) {
                    throw badRequest("name must be a string like \"http-500\"");
                }
                session(ctx).use(node.get("name").asString());
            } else {
                session(ctx).use(FileReader.read("request-body.json", body, Scenario.class));
            }
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
        active(ctx);
    }

    /** Body: any of {@code {"mode": "manual"|"real", "advance": "30s", "delayScale": 0}}, applied in that order. */
    private void clock(Context ctx) {
        JsonNode node = readJson(ctx.body(), "{\"mode\": \"manual\", \"advance\": \"30s\", \"delayScale\": 0}");
        for (String key : node.propertyNames()) {
            if (!java.util.Set.of("mode", "advance", "delayScale").contains(key)) {
                throw badRequest("unknown clock field '" + key + "'; valid fields: [mode, advance, delayScale]");
            }
        }
        SessionClock clock = session(ctx).clock();
        try {
            String mode = node.path("mode").asString(null);
            if ("manual".equals(mode)) {
                clock.manual();
            } else if ("real".equals(mode)) {
                clock.real();
            } else if (mode != null) {
                throw badRequest("mode must be 'manual' or 'real' but was '" + mode + "'");
            }
            if (node.has("advance")) {
                clock.advance(dev.wamock.scenarios.engine.Durations.parse(node.get("advance").asString()));
            }
            if (node.has("delayScale")) {
                if (!node.get("delayScale").isNumber()) {
                    throw badRequest("delayScale must be a number, e.g. 0 or 0.5");
                }
                clock.scaleDelays(node.get("delayScale").asDouble());
            }
        } catch (IllegalArgumentException e) {
            throw badRequest(e.getMessage());
        }
        json(ctx, clock.state());
    }

    private static JsonNode readJson(String body, String example) {
        try {
            JsonNode node = Mappers.JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw badRequest("the body must be a JSON object like " + example);
            }
            return node;
        } catch (JacksonException e) {
            throw badRequest("the body must be JSON like " + example + ": " + e.getOriginalMessage());
        }
    }

    private static GraphErrorException badRequest(String message) {
        return GraphErrorException.badRequest(message);
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType(GraphResponses.JSON).result(Mappers.JSON.writeValueAsBytes(body));
    }
}
