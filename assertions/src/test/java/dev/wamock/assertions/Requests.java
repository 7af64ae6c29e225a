package dev.wamock.assertions;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.TokenSource;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds journal entries as the server would record them, at chosen offsets, so that timelines and
 * failure messages are deterministic. Defaults: GET /v23.0/{@link #NUMBER}, bearer token, a User-Agent,
 * answered 200 in 2 ms.
 */
final class Requests {
    static final String NUMBER = "106540352242922";
    static final String OTHER_NUMBER = "106540352242923";
    private static final long T0_NANOS = 7_000_000_000L;
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final long seq;
    private double atMs;
    private double latencyMs = 2;
    private Double clockMs;
    private String number = NUMBER;
    private String version = "v23.0";
    private List<String> fields;
    private String token = "fake-token-1234";
    private String tokenSource = "header";
    private String userAgent = "demo-client/1.0";
    private int status = 200;
    private Integer code;
    private Integer subcode;
    private Boolean isTransient;
    private String outcome = "response";
    private final Map<String, String> responseHeaders = new LinkedHashMap<>();

    private Requests(long seq, double atMs) {
        this.seq = seq;
        this.atMs = atMs;
    }

    /** Request {@code #seq}, received {@code atMs} after the journal's start. */
    static Requests request(long seq, double atMs) {
        return new Requests(seq, atMs);
    }

    static Requests ok(long seq, double atMs) {
        return request(seq, atMs);
    }

    static Requests serverError(long seq, double atMs) {
        return request(seq, atMs).answered(500, 2, null, true);
    }

    static Requests rateLimited(long seq, double atMs) {
        return request(seq, atMs).answered(429, 4, 2446079, true);
    }

    static Requests expiredToken(long seq, double atMs) {
        return request(seq, atMs).answered(401, 190, 463, null);
    }

    static Journal journal(Requests... requests) {
        return new Journal(requests.length, 0, Arrays.stream(requests).map(Requests::build).toList());
    }

    Requests answered(int newStatus, Integer newCode, Integer newSubcode, Boolean transientFlag) {
        status = newStatus;
        code = newCode;
        subcode = newSubcode;
        isTransient = transientFlag;
        return this;
    }

    Requests fault(String name) {
        outcome = name;
        status = 0;
        return this;
    }

    Requests latency(double ms) {
        latencyMs = ms;
        return this;
    }

    /** The scenario clock's reading at arrival, in ms from the journal's start (by default it runs with real time). */
    Requests clockAt(double ms) {
        clockMs = ms;
        return this;
    }

    Requests number(String id) {
        number = id;
        return this;
    }

    Requests version(String v) {
        version = v;
        return this;
    }

    Requests fields(String... names) {
        fields = List.of(names);
        return this;
    }

    Requests queryToken(String t) {
        token = t;
        tokenSource = "query";
        return this;
    }

    Requests noToken() {
        token = null;
        tokenSource = null;
        return this;
    }

    Requests bearer(String t) {
        token = t;
        tokenSource = "header";
        return this;
    }

    Requests noUserAgent() {
        userAgent = null;
        return this;
    }

    Requests responseHeader(String name, String value) {
        responseHeaders.put(name, value);
        return this;
    }

    JournalEntry build() {
        long nanos = T0_NANOS + Math.round(atMs * 1_000_000);
        StringBuilder query = new StringBuilder();
        if (fields != null) {
            query.append("fields=").append(String.join(",", fields));
        }
        if ("query".equals(tokenSource)) {
            query.append(query.length() == 0 ? "" : "&").append("access_token=").append(redacted());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if ("header".equals(tokenSource)) {
            headers.put("Authorization", "Bearer " + redacted());
        }
        if (userAgent != null) {
            headers.put("User-Agent", userAgent);
        }
        long latencyMicros = Math.round(latencyMs * 1000);
        return JournalEntry.builder().seq(seq).receivedAt(T0.plusNanos(nanos - T0_NANOS)).receivedNanos(nanos)
                .answeredNanos(nanos + latencyMicros * 1_000)
                .clockNanos(clockMs == null ? nanos : T0_NANOS + Math.round(clockMs * 1_000_000)).method("GET")
                .path("/" + version + "/" + number).query(query.length() == 0 ? null : query.toString())
                .headers(headers).token(redacted())
                .tokenSource(tokenSource == null ? null : TokenSource.fromWireName(tokenSource)).version(version)
                .numberId(number).fields(fields).status(status).code(code).subcode(subcode).isTransient(isTransient)
                .latencyMicros(latencyMicros).outcome(Outcome.fromWireName(outcome)).responseHeaders(responseHeaders)
                .build();
    }

    private String redacted() {
        return token == null ? null : "…" + token.substring(token.length() - 4);
    }
}
