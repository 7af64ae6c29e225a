package dev.wamock.server.internal.webhooks;

import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.engine.ChaosJson;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.scenarios.engine.state.WebhookSettings;
import dev.wamock.server.WebhookOptions;
import java.net.URI;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a session's webhooks go and with what chaos: each the session's own when it set one, else the server's option.
 * The session's own are kept in its state as JSON ({@code {"callbackUrl": …, "chaos": {…}}}, only what it set), so
 * every replica of a fleet applies them. Immutable.
 *
 * @param callback where the webhooks go, or null
 * @param chaos    the chaos drawn for them
 * @param source   the state's settings these were read from
 */
record HookSettings(URI callback, WebhookChaos chaos, WebhookSettings source) {

    /** The settings of {@code source} over the server's {@code options}. */
    static HookSettings of(WebhookSettings source, WebhookOptions options) {
        if (source.json() == null) {
            return new HookSettings(options.callbackUrl(), options.chaos(), source);
        }
        JsonNode own = Mappers.JSON.readTree(source.json());
        JsonNode url = own.path("callbackUrl");
        URI callback = url.isMissingNode() ? options.callbackUrl() : url.isNull() ? null : URI.create(url.asString());
        return new HookSettings(callback, own.has("chaos") ? WebhookAdmin.chaos(own.get("chaos")) : options.chaos(),
                source);
    }

    /** Whether these were read from {@code now} (the same settings in the same start of the session). */
    boolean readFrom(WebhookSettings now) {
        return now.version() == source.version() && now.starts() == source.starts();
    }

    /** The session's JSON with its callback set to {@code url} (null: nowhere). */
    String withCallback(URI url) {
        ObjectNode own = own();
        if (url == null) {
            own.putNull("callbackUrl");
        } else {
            own.put("callbackUrl", url.toString());
        }
        return Mappers.JSON.writeValueAsString(own);
    }

    /** The session's JSON with its chaos set to {@code c}. */
    String withChaos(WebhookChaos c) {
        ObjectNode own = own();
        own.set("chaos", Mappers.JSON.valueToTree(ChaosJson.write(c)));
        return Mappers.JSON.writeValueAsString(own);
    }

    private ObjectNode own() {
        return source.json() == null ? Mappers.JSON.createObjectNode()
                : (ObjectNode) Mappers.JSON.readTree(source.json());
    }
}
