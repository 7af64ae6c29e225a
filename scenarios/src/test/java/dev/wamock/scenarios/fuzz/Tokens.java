package dev.wamock.scenarios.fuzz;

import java.util.List;

/** The vocabulary the parser fuzz builds files from: every key of the format, values of each kind, punctuation. */
final class Tokens {
    static final List<String> KEYS = List.of("name", "description", "cycle", "steps", "scenarios", "error", "state",
            "pass", "times", "when", "number", "fields", "version", "scope", "label", "trigger", "every", "probability",
            "seed", "from", "until", "delay", "fixed", "uniform", "lognormal", "median", "sigma", "cap", "slowBody",
            "chunks", "over", "fault", "rateLimit", "app", "business", "window", "retryAfter", "extraFields", "status",
            "code", "subcode", "type", "message", "transient", "user_title", "user_msg", "quality_rating", "crash",
            "\"name\"", "\"steps\"", "? name");

    static final List<String> VALUES = List.of("true", "false", "null", "~", "0", "1", "-1", "3", "2147483647",
            "2147483648", "-2147483649", "9223372036854775808", "1e309", "-0.0", "0.5", "1.5", "NaN", ".nan", ".inf",
            "-.inf", "0x1F", "0o17", "2s", "250ms", "1.5s", "10m", "1h", "-5ms", "0ms", "99999999999h", "1e3s", " s",
            "server-error", "server-eror", "rate-limited", "invalid-token", "not-found", "reset", "stall", "truncated",
            "no-response", "html-502", "global", "token", "number", "GREEN", "RED", "FLAGGED", "CONNECTED", "v23.0",
            "\"106540352242922\"", "106540352242922", "[]", "{}", "[50ms, 200ms]", "[200ms, 50ms]", "{every: 0}",
            "{every: -3}", "{probability: 1.5, seed: 1}", "{from: 40s, until: 10s}", "{fixed: 100ms}",
            "{chunks: 0, over: 1s}", "{chunks: 1, over: 1s}", "{app: 0, window: 0s}", "{status: 99}", "{status: 1000}",
            "{ name: x }", "'quoted'", "\"dq\"", "\"\\u0000\"", "\"\\ud800\"", "'unterminated", "\"unterminated",
            "é", "😀", "\u202e", "\uFEFF", "<<: *a", "!!binary aGk=", "!!int x", "!!python/object:os.system", "&a [1]", "*a",
            "*undefined", "|", ">-", "- - -");

    static final List<String> PUNCTUATION = List.of("\n", "\n", "\n  ", "\n    ", "\n  - ", "\n- ", "- ", ": ", ":",
            ", ", ",", "{", "}", "[", "]", "\"", "'", "#", " #c\n", "\t", "\r\n", "\r", "---\n", "...\n", "&a ", "*a",
            "? ", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "\\", "\u0000", "\u0085", "\u2028", " ");

    private Tokens() {
    }
}
