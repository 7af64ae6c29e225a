package dev.wamock.scenarios;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds a {@link JournalEntry}; every setter returns this builder. */
public final class JournalEntryBuilder {
    private long seq;
    private Instant receivedAt;
    private long receivedNanos;
    private long answeredNanos;
    private long clockNanos;
    private String method;
    private String path;
    private String query;
    private Map<String, String> headers;
    private String token;
    private TokenSource tokenSource;
    private String version;
    private String numberId;
    private List<String> fields;
    private Profile profile;
    private String scenario;
    private Integer step;
    private String stepLabel;
    private String stepDescription;
    private int status;
    private Integer code;
    private Integer subcode;
    private Boolean isTransient;
    private long latencyMicros;
    private Outcome outcome;
    private Map<String, String> responseHeaders;
    private String requestBody;
    private String responseBody;
    private List<Effect> effects;
    private WamockFailure failure;

    JournalEntryBuilder() {
    }

    JournalEntryBuilder(JournalEntry e) {
        seq = e.seq();
        receivedAt = e.receivedAt();
        receivedNanos = e.receivedNanos();
        answeredNanos = e.answeredNanos();
        clockNanos = e.clockNanos();
        method = e.method();
        path = e.path();
        query = e.query();
        headers = e.headers();
        requestBody = e.requestBody();
        token = e.token();
        tokenSource = e.tokenSource();
        version = e.version();
        numberId = e.numberId();
        fields = e.fields();
        profile = e.profile();
        scenario = e.scenario();
        step = e.step();
        stepLabel = e.stepLabel();
        stepDescription = e.stepDescription();
        status = e.status();
        code = e.code();
        subcode = e.subcode();
        isTransient = e.isTransient();
        latencyMicros = e.latencyMicros();
        outcome = e.outcome();
        responseHeaders = e.responseHeaders();
        responseBody = e.responseBody();
        effects = e.effects();
        failure = e.failure();
    }

    /** Sets the 1-based sequence number. */
    public JournalEntryBuilder seq(long value) {
        seq = value;
        return this;
    }

    /** Sets the wall-clock arrival time. */
    public JournalEntryBuilder receivedAt(Instant value) {
        receivedAt = value;
        return this;
    }

    /** Sets the monotonic arrival time. */
    public JournalEntryBuilder receivedNanos(long value) {
        receivedNanos = value;
        return this;
    }

    /** Sets the monotonic time the answer was complete. */
    public JournalEntryBuilder answeredNanos(long value) {
        answeredNanos = value;
        return this;
    }

    /** Sets the scenario clock's reading at arrival. */
    public JournalEntryBuilder clockNanos(long value) {
        clockNanos = value;
        return this;
    }

    /** Sets the HTTP method. */
    public JournalEntryBuilder method(String value) {
        method = value;
        return this;
    }

    /** Sets the path as sent. */
    public JournalEntryBuilder path(String value) {
        path = value;
        return this;
    }

    /** Sets the raw query, tokens redacted. */
    public JournalEntryBuilder query(String value) {
        query = value;
        return this;
    }

    /** Sets the request headers, tokens redacted. */
    public JournalEntryBuilder headers(Map<String, String> value) {
        headers = value;
        return this;
    }

    /** Sets the redacted token. */
    public JournalEntryBuilder token(String value) {
        token = value;
        return this;
    }

    /** Sets where the token came. */
    public JournalEntryBuilder tokenSource(TokenSource value) {
        tokenSource = value;
        return this;
    }

    /** Sets the version path segment. */
    public JournalEntryBuilder version(String value) {
        version = value;
        return this;
    }

    /** Sets the number ID path segment. */
    public JournalEntryBuilder numberId(String value) {
        numberId = value;
        return this;
    }

    /** Sets the requested fields. */
    public JournalEntryBuilder fields(List<String> value) {
        fields = value;
        return this;
    }

    /** Sets the profile that answered. */
    public JournalEntryBuilder profile(Profile value) {
        profile = value;
        return this;
    }

    /** Sets the scenario asked. */
    public JournalEntryBuilder scenario(String value) {
        scenario = value;
        return this;
    }

    /** Sets the index of the step that answered. */
    public JournalEntryBuilder step(Integer value) {
        step = value;
        return this;
    }

    /** Sets that step's label as written. */
    public JournalEntryBuilder stepLabel(String value) {
        stepLabel = value;
        return this;
    }

    /** Sets that step's description. */
    public JournalEntryBuilder stepDescription(String value) {
        stepDescription = value;
        return this;
    }

    /** Sets the HTTP status sent, 0 for none. */
    public JournalEntryBuilder status(int value) {
        status = value;
        return this;
    }

    /** Sets the Graph error code. */
    public JournalEntryBuilder code(Integer value) {
        code = value;
        return this;
    }

    /** Sets the Graph error subcode. */
    public JournalEntryBuilder subcode(Integer value) {
        subcode = value;
        return this;
    }

    /** Sets the error's is_transient. */
    public JournalEntryBuilder isTransient(Boolean value) {
        isTransient = value;
        return this;
    }

    /** Sets arrival to end of answer. */
    public JournalEntryBuilder latencyMicros(long value) {
        latencyMicros = value;
        return this;
    }

    /** Sets how the exchange ended. */
    public JournalEntryBuilder outcome(Outcome value) {
        outcome = value;
        return this;
    }

    /** Sets the response headers as sent. */
    public JournalEntryBuilder responseHeaders(Map<String, String> value) {
        responseHeaders = value;
        return this;
    }

    /** Sets the request's body, redacted and bounded; null when it had none. */
    public JournalEntryBuilder requestBody(String value) {
        requestBody = value;
        return this;
    }

    /** Sets the body sent, redacted and bounded. */
    public JournalEntryBuilder responseBody(String value) {
        responseBody = value;
        return this;
    }

    /** Sets the chaos effects that fired. */
    public JournalEntryBuilder effects(List<Effect> value) {
        effects = value;
        return this;
    }

    /** Sets what failed inside wamock. */
    public JournalEntryBuilder failure(WamockFailure value) {
        failure = value;
        return this;
    }

    /** The entry. */
    public JournalEntry build() {
        return new JournalEntry(seq, receivedAt, receivedNanos, answeredNanos, clockNanos, method, path, query,
                headers, requestBody, token, tokenSource, version, numberId, fields, profile, scenario, step, stepLabel,
                stepDescription, status, code, subcode, isTransient, latencyMicros, outcome, responseHeaders,
                responseBody, effects, failure);
    }
}
