package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One exchange as the server saw it. Times are the server's: {@code receivedAt} (wall clock) and
 * {@code receivedNanos} (monotonic, for backoff arithmetic). Tokens appear only redacted to their
 * last 4 characters ({@code …k3Zq}), in {@code token}, {@code headers} and {@code query} alike.
 *
 * @param seq             1-based position among all requests the server received (dropped ones included)
 * @param token           the redacted token, or null when none was sent
 * @param tokenSource     {@code header}, {@code query} or null
 * @param numberId        the ID path segment, or null on other paths
 * @param fields          the names in {@code ?fields=}, or null when absent
 * @param scenario        the scenario that was asked, or null
 * @param step            index of the step that answered, or null when the data-driven behaviour answered
 * @param stepLabel       that step's one-line description
 * @param code            Graph error code of the answer, or null on success
 * @param status          the HTTP status sent, or 0 when no response was sent (reset, no-response, stall)
 * @param outcome         {@code response} for an HTTP answer; the fault's name when a fault fired;
 *                        {@code client-hung-up} when the client left in the middle of a slow body;
 *                        {@code cut-off} when the server stopped before answering (status 0)
 * @param responseHeaders the rate-limit related response headers ({@code retry-after}, usage headers)
 * @param effects         the chaos effects that fired, e.g. {@code ["delay 100ms", "fault reset"]}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(
        @JsonProperty("seq") long seq,
        @JsonProperty("receivedAt") Instant receivedAt,
        @JsonProperty("receivedNanos") long receivedNanos,
        @JsonProperty("method") String method,
        @JsonProperty("path") String path,
        @JsonProperty("query") String query,
        @JsonProperty("headers") Map<String, String> headers,
        @JsonProperty("token") String token,
        @JsonProperty("tokenSource") String tokenSource,
        @JsonProperty("version") String version,
        @JsonProperty("numberId") String numberId,
        @JsonProperty("fields") List<String> fields,
        @JsonProperty("scenario") String scenario,
        @JsonProperty("step") Integer step,
        @JsonProperty("stepLabel") String stepLabel,
        @JsonProperty("status") int status,
        @JsonProperty("code") Integer code,
        @JsonProperty("subcode") Integer subcode,
        @JsonProperty("isTransient") Boolean isTransient,
        @JsonProperty("latencyMicros") long latencyMicros,
        @JsonProperty("outcome") String outcome,
        @JsonProperty("responseHeaders") Map<String, String> responseHeaders,
        @JsonProperty("effects") List<String> effects) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public JournalEntry {
        effects = effects == null ? List.of() : List.copyOf(effects);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        responseHeaders = responseHeaders == null ? Map.of() : Map.copyOf(responseHeaders);
        fields = fields == null ? null : List.copyOf(fields);
    }

    /** An entry without chaos effects. */
    public JournalEntry(long seq, Instant receivedAt, long receivedNanos, String method, String path, String query,
                        Map<String, String> headers, String token, String tokenSource, String version, String numberId,
                        List<String> fields, String scenario, Integer step, String stepLabel, int status, Integer code,
                        Integer subcode, Boolean isTransient, long latencyMicros, String outcome,
                        Map<String, String> responseHeaders) {
        this(seq, receivedAt, receivedNanos, method, path, query, headers, token, tokenSource, version, numberId, fields,
                scenario, step, stepLabel, status, code, subcode, isTransient, latencyMicros, outcome, responseHeaders,
                List.of());
    }

    /** A request header by case-insensitive name, or null. */
    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Whether the answer was a Graph error (HTTP ≥ 400 or a connection fault). */
    public boolean failed() {
        return status >= 400 || !"response".equals(outcome);
    }

    /** One timeline line: {@code #3 GET /v23.0/1065… → 500 code 2 [transient-then-ok step 0]}. */
    public String describe() {
        String answer = "response".equals(outcome) ? String.valueOf(status) : outcome;
        return "#" + seq + " " + method + " " + path + (query == null || query.isEmpty() ? "" : "?" + query)
                + " → " + answer + (code == null ? "" : " code " + code + (subcode == null ? "" : "/" + subcode))
                + (scenario == null ? "" : " [" + scenario + (step == null ? " pass" : " step " + step) + "]")
                + (effects.isEmpty() ? "" : " " + effects);
    }
}
