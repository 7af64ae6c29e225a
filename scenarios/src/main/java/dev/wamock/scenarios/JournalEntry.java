package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One exchange as the server saw it. Times are the server's: {@code receivedAt} (wall clock),
 * {@code receivedNanos} and {@code answeredNanos} (monotonic, for backoff arithmetic: a client's wait
 * runs from the end of one answer to the next request), and {@code clockNanos} (the scenario clock,
 * which a test may run manually). Tokens appear only redacted to their last 4 characters
 * ({@code …k3Zq}), in {@code token}, {@code headers}, {@code query} and {@code responseBody} alike.
 * Build one with {@link #builder()}.
 *
 * @param seq             1-based position among all requests the server received (dropped ones included)
 * @param receivedAt      wall-clock time the request arrived
 * @param receivedNanos   monotonic time the request arrived
 * @param answeredNanos   monotonic time the answer (or the fault) was complete
 * @param clockNanos      the scenario clock's reading when the request arrived ({@link WamockClock})
 * @param headers         request headers as sent, names as the client wrote them; see {@link #header}
 * @param requestBody     the request's body as text (up to 64 KiB, tokens redacted), or null when it had none or
 *                        the route does not read one (the phone-number endpoint never does; the messages one does)
 * @param token           the redacted token, or null when none was sent
 * @param tokenSource     where the token came, or null
 * @param numberId        the ID path segment (a WhatsApp Business Account's on {@code /{Version}/{WABA-ID}/phone_numbers}),
 *                        or null on other paths
 * @param fields          the names in {@code ?fields=}, or null when absent
 * @param profile         the profile that answered
 * @param scenario        the scenario that was asked, or null
 * @param step            index of the step that answered, or null when the data-driven behaviour answered
 * @param stepLabel       that step's label as written in the scenario, or null when it has none
 * @param stepDescription that step's one-line description ({@link Step#describe()})
 * @param status          the HTTP status sent, or 0 when no response was sent (reset, no-response, stall)
 * @param code            Graph error code of the answer, or null on success
 * @param latencyMicros   from arrival to the end of the answer
 * @param outcome         how the exchange ended
 * @param responseHeaders every response header as sent; see {@link #responseHeader}
 * @param responseBody    the body sent (up to 64 KiB, tokens redacted), or null when none was sent
 * @param effects         the chaos effects that fired
 * @param failure         what failed inside wamock when {@code outcome} is {@code wamock-error}, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(
        @JsonProperty("seq") long seq,
        @JsonProperty("receivedAt") Instant receivedAt,
        @JsonProperty("receivedNanos") long receivedNanos,
        @JsonProperty("answeredNanos") long answeredNanos,
        @JsonProperty("clockNanos") long clockNanos,
        @JsonProperty("method") String method,
        @JsonProperty("path") String path,
        @JsonProperty("query") String query,
        @JsonProperty("headers") Map<String, String> headers,
        @JsonProperty("requestBody") String requestBody,
        @JsonProperty("token") String token,
        @JsonProperty("tokenSource") TokenSource tokenSource,
        @JsonProperty("version") String version,
        @JsonProperty("numberId") String numberId,
        @JsonProperty("fields") List<String> fields,
        @JsonProperty("profile") Profile profile,
        @JsonProperty("scenario") String scenario,
        @JsonProperty("step") Integer step,
        @JsonProperty("stepLabel") String stepLabel,
        @JsonProperty("stepDescription") String stepDescription,
        @JsonProperty("status") int status,
        @JsonProperty("code") Integer code,
        @JsonProperty("subcode") Integer subcode,
        @JsonProperty("isTransient") Boolean isTransient,
        @JsonProperty("latencyMicros") long latencyMicros,
        @JsonProperty("outcome") Outcome outcome,
        @JsonProperty("responseHeaders") Map<String, String> responseHeaders,
        @JsonProperty("responseBody") String responseBody,
        @JsonProperty("effects") List<Effect> effects,
        @JsonProperty("failure") WamockFailure failure) {

    /** Copies the collections; an absent outcome is {@link Outcome#RESPONSE}. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public JournalEntry {
        effects = effects == null ? List.of() : List.copyOf(effects);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        responseHeaders = responseHeaders == null ? Map.of() : Map.copyOf(responseHeaders);
        fields = fields == null ? null : List.copyOf(fields);
        outcome = outcome == null ? Outcome.RESPONSE : outcome;
    }

    /** A builder with every field empty: seq 0, status 0, outcome {@code response}. */
    public static JournalEntryBuilder builder() {
        return new JournalEntryBuilder();
    }

    /** A builder holding this entry's values. */
    public JournalEntryBuilder toBuilder() {
        return new JournalEntryBuilder(this);
    }

    /** A request header by case-insensitive name, or null. */
    public String header(String name) {
        return lookup(headers, name);
    }

    /** A response header by case-insensitive name, or null. */
    public String responseHeader(String name) {
        return lookup(responseHeaders, name);
    }

    private static String lookup(Map<String, String> map, String name) {
        String exact = map.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Whether the answer was an error: HTTP ≥ 400, a connection fault, or a wamock failure. */
    public boolean failed() {
        return status >= 400 || outcome != Outcome.RESPONSE;
    }

    /** One timeline line: {@code #3 GET /v23.0/1065… → 500 code 2 [transient-then-ok step 0]}. */
    public String describe() {
        String answer = outcome == Outcome.RESPONSE ? String.valueOf(status) : outcome.wireName();
        return "#" + seq + " " + method + " " + path + (query == null || query.isEmpty() ? "" : "?" + query)
                + " → " + answer + (code == null ? "" : " code " + code + (subcode == null ? "" : "/" + subcode))
                + (scenario == null ? "" : " [" + scenario + (step == null ? " pass" : " step " + step) + "]")
                + (effects.isEmpty() ? "" : " " + effects)
                + (failure == null ? "" : " WAMOCK BUG: " + failure.describe());
    }
}
