package dev.wamock.scenarios.engine;

import dev.wamock.scenarios.WebhookChaos;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of a {@link WebhookChaos} as the admin API writes it ({@code PUT /__wamock/webhooks} takes and answers
 * it): {@code {"outOfOrder": 0, "duplicated": 1, "delayed": 0.5, "delayBy": "30s", "readWithoutDelivered": 0,
 * "dropped": 0, "seed": 7}}, {@code delayBy} as text like {@code 30s}. One writer for the server and the client.
 */
public final class ChaosJson {
    private ChaosJson() {
    }

    /** {@code chaos} as the admin API's chaos object, its fields in that order. */
    public static Map<String, Object> write(WebhookChaos chaos) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("outOfOrder", chaos.outOfOrder());
        json.put("duplicated", chaos.duplicated());
        json.put("delayed", chaos.delayed());
        json.put("delayBy", Durations.format(chaos.delayBy()));
        json.put("readWithoutDelivered", chaos.readWithoutDelivered());
        json.put("dropped", chaos.dropped());
        json.put("seed", chaos.seed());
        return json;
    }
}
