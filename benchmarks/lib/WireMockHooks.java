import java.util.List;

/**
 * WireMock 3's built-in webhooks (a {@code serveEventListeners} entry named {@code webhook} on the send's mapping) as
 * the peer of wamock's status webhooks: three per send, {@code sent} at once, {@code delivered} after 1 s, {@code read}
 * after 3 s (wamock's default delays, docs/webhooks.md), each a body of the shape wamock POSTs, with the send's
 * recipient and number filled in by WireMock's templating from the send ({@code originalRequest}) and the time from
 * {@code now}. WireMock schedules each on its own delay (no chain), and its templating model has no
 * {@code originalResponse}, so the body's message ID is the stub's fixed one: the benchmark's receiver matches
 * deliveries to sends by recipient, which every send has its own of.
 */
final class WireMockHooks {
    static final List<String> STATUSES = List.of("sent", "delivered", "read");
    static final List<Integer> DELAYS_MS = List.of(0, 1_000, 3_000);

    private WireMockHooks() {
    }

    /** The JSON array of the three listeners, POSTing to {@code url}. */
    static String listeners(String url) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < STATUSES.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append("    { \"name\": \"webhook\", \"parameters\": {\n")
                    .append("      \"method\": \"POST\", \"url\": ").append(Sends.json(url)).append(",\n")
                    .append("      \"headers\": { \"Content-Type\": \"application/json\", \"User-Agent\": \"wiremock-webhooks\" },\n")
                    .append("      \"body\": ").append(Sends.json(body(STATUSES.get(i))));
            if (DELAYS_MS.get(i) > 0) {
                out.append(",\n      \"delay\": { \"type\": \"fixed\", \"milliseconds\": ").append(DELAYS_MS.get(i)).append(" }");
            }
            out.append("\n    } }");
        }
        return out.append("\n  ]").toString();
    }

    /** A status webhook as wamock writes one for a template send, WireMock's template expressions in its fields. */
    static String body(String status) {
        String pricing = status.equals("read") ? ""
                : ",\"conversation\":{\"id\":\"4c1f0d3e9a7b4f2c8e6d5a1b3c9f7e20\""
                + (status.equals("sent") ? ",\"expiration_timestamp\":\"{{now offset='1 days' format='unix'}}\"" : "")
                + ",\"origin\":{\"type\":\"utility\"}},\"pricing\":{\"billable\":true,\"pricing_model\":\"PMP\","
                + "\"category\":\"utility\"}";
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"104996122399160\",\"changes\":[{\"value\":"
                + "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550104821\","
                + "\"phone_number_id\":\"{{originalRequest.pathSegments.[1]}}\"},\"statuses\":[{"
                + "\"id\":\"wamid.HBgLMTU1NTAxMDQ4MjEVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA\",\"status\":\"" + status + "\","
                + "\"timestamp\":\"{{now format='unix'}}\",\"recipient_id\":\"{{jsonPath originalRequest.body '$.to'}}\""
                + pricing + "}]},\"field\":\"messages\"}]}]}";
    }
}
