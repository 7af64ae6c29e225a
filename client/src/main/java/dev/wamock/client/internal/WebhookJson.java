package dev.wamock.client.internal;

import dev.wamock.client.WebhookState;
import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.engine.ChaosJson;
import dev.wamock.scenarios.engine.Durations;
import dev.wamock.scenarios.engine.Mappers;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON of {@code PUT /__wamock/webhooks} as the client writes and reads it: the chaos object
 * ({@code {"outOfOrder": 0, "duplicated": 1, "delayed": 0.5, "delayBy": "30s", …, "seed": 7}}) and the answer
 * ({@code callbackUrl}, {@code chaos}, {@code pending}, {@code overflowed}, {@code dropped}). Internal: not API.
 */
public final class WebhookJson {
    private WebhookJson() {
    }

    /** The body that sets {@code chaos}: {@code {"chaos": {…}}}. */
    public static String chaosBody(WebhookChaos chaos) {
        return Mappers.JSON.writeValueAsString(Map.of("chaos", ChaosJson.write(chaos)));
    }

    /**
     * The state of an answer of {@code PUT /__wamock/webhooks}.
     *
     * @throws IllegalStateException when the answer lacks a part (a server of another version), naming it
     */
    public static WebhookState state(String answer) {
        JsonNode json = Mappers.JSON.readTree(answer);
        JsonNode c = required(json, "chaos", answer);
        WebhookChaos chaos = new WebhookChaos(number(c, "outOfOrder", answer), number(c, "duplicated", answer),
                number(c, "delayed", answer), Durations.parse(required(c, "delayBy", answer).asString()),
                number(c, "readWithoutDelivered", answer), number(c, "dropped", answer),
                required(c, "seed", answer).asLong());
        JsonNode url = required(json, "callbackUrl", answer);
        return new WebhookState(url.isNull() ? null : url.asString(), chaos, required(json, "pending", answer).asInt(),
                required(json, "overflowed", answer).asLong(), required(json, "dropped", answer).asLong());
    }

    private static double number(JsonNode node, String field, String answer) {
        return required(node, field, answer).asDouble();
    }

    private static JsonNode required(JsonNode node, String field, String answer) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new IllegalStateException("the server's webhook settings lack '" + field + "': " + answer
                    + "; is it a wamock server of the client's version?");
        }
        return value;
    }
}
