package dev.wamock.server.reliability;

import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.CatalogueEntry;
import dev.wamock.scenarios.Contract;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.server.testing.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * What the HTTP fuzz sends: endpoint requests built from plausible and hostile parts, raw request lines
 * and headers, and admin API bodies. Mostly well-formed enough to reach the handlers, with enough junk
 * to reach Jetty's own error paths too. No {@code X-Wamock-Scenario} header; magic numbers are in (but
 * those of the chaos built-ins, which {@code ChaosCatalogueTest} calls), and the checks account for what
 * they script.
 */
final class HttpInputs {
    private HttpInputs() {
    }

    static final List<String> FIELDS = Contract.get().propertyNames("WhatsAppAccountNumber");
    static final List<String> NUMBERS = Fixtures.defaults().all().stream().map(n -> n.id()).toList();
    /** The magic numbers of the built-ins that answer; the chaos ones break or hold the connection on purpose. */
    static final List<String> MAGIC = BuiltInScenarios.all().stream().filter(b -> !b.hasTag(BuiltInScenarios.CHAOS))
            .map(CatalogueEntry::magicNumber).toList();
    private static final List<String> CHAOS_MAGIC = BuiltInScenarios.tagged(BuiltInScenarios.CHAOS).stream()
            .map(CatalogueEntry::magicNumber).toList();

    /** An endpoint request: version, ID, query and where the token goes. */
    record EndpointRequest(String version, String id, String query, String tokenHeader) {
        String raw() {
            String target = "/" + version + "/" + id + (query == null ? "" : "?" + query);
            return tokenHeader == null ? RawHttp.request("GET", target, null) : RawHttp.request("GET", target, null, tokenHeader);
        }

        /** The names the first {@code fields=} parameter asks for (the one the server reads), or null. */
        List<String> selected() {
            if (query == null) {
                return null;
            }
            for (String param : query.split("&")) {
                if (param.startsWith("fields=")) {
                    List<String> names = new ArrayList<>();
                    for (String name : java.net.URLDecoder.decode(param.substring(7).replace("+", "%2B"),
                            StandardCharsets.UTF_8).split(",")) {
                        names.add(name.strip());
                    }
                    return names;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return raw().replace("\r\n", "⏎ ");
        }
    }

    static Arbitrary<EndpointRequest> endpointRequests() {
        return Combinators.combine(versions(), ids(), queries(), tokenHeaders()).as(EndpointRequest::new);
    }

    static Arbitrary<String> versions() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("v23.0")),
                Tuple.of(3, Combinators.combine(Arbitraries.integers().between(0, 120), Arbitraries.integers().between(0, 120))
                        .as((major, minor) -> "v" + major + "." + minor)),
                Tuple.of(3, Arbitraries.of("v", "v23", "23.0", "V23.0", "v023.0", "v1.2.3", "v99.99", "v100.0", "v-1.0",
                        "v23.0.", "%7623.0", "v23%2E0", "v23.0%00", "..", ".", "__wamock", "%C3%A9", "%zz", "%", "%C3",
                        "v23.0;x=1", "v２３.0", "%2F", "a%2Fb")),
                Tuple.of(2, urlSafe()));
    }

    static Arbitrary<String> ids() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(NUMBERS)),
                Tuple.of(3, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(40)),
                Tuple.of(2, Arbitraries.of(MAGIC)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 999))
                        .as((group, item) -> String.format("555%02d0000%03d", group, item))
                        .filter(id -> !CHAOS_MAGIC.contains(id))),
                Tuple.of(2, Arbitraries.of("-1", "1e5", "0x10", " 123", "123%20", "０１２", "106540352242922 ", "%31%30",
                        "106540352242922%00", "me", "null", "undefined", "%2e%2e", "9".repeat(200))),
                Tuple.of(2, urlSafe()));
    }

    /** Query strings: fields lists (known, unknown, empty, spaced, duplicated, encoded), the token, anything. */
    static Arbitrary<String> queries() {
        Arbitrary<String> name = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(FIELDS)),
                Tuple.of(2, Arbitraries.of("", " ", "ID", "Id", "nope", "verified_name ", " id", "fields", "id,", "%20id",
                        "quality%5Frating", "é", "%E9", "%C3%A9", "*", "{id}", "name_status%2Cid", "a".repeat(300))));
        Arbitrary<String> fields = name.list().ofMinSize(0).ofMaxSize(6)
                .map(names -> "fields=" + String.join(",", names));
        Arbitrary<String> param = Arbitraries.frequencyOf(
                Tuple.of(6, fields),
                Tuple.of(2, Arbitraries.of("access_token=query-token", "access_token=", "access_token=%20",
                        "access_token=a%26b", "access_token")),
                Tuple.of(2, Arbitraries.of("limit=10", "debug=all", "pretty=1", "format=xml", "callback=x", "=", "&",
                        "a=%zz", "a=%", "a=%C3", "a=%FF%FE", "fields", "fields=", "fields=%", "x=" + "y".repeat(5_000))),
                Tuple.of(1, urlSafe().map(s -> s + "=" + s)));
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just((String) null)),
                Tuple.of(1, Arbitraries.just("")),
                Tuple.of(8, param.list().ofMinSize(1).ofMaxSize(4).map(p -> String.join("&", p))));
    }

    static Arbitrary<String> tokenHeaders() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(RawHttp.AUTH)),
                Tuple.of(2, Arbitraries.just((String) null)),
                Tuple.of(2, Arbitraries.of("Authorization: Bearer ", "Authorization: Bearer", "Authorization: bearer x",
                        "Authorization: Basic Zm9vOmJhcg==", "Authorization: Bearer  spaced  token ", "Authorization: x",
                        "Authorization: OAuth fake-token", "Authorization:", "Authorization: Bearer " + "t".repeat(4_000),
                        "authorization: Bearer fake-token-lower", "Authorization: Bearer é")));
    }

    /** Characters a URL path or query can carry unencoded, plus percent-escapes. */
    static Arbitrary<String> urlSafe() {
        return Arbitraries.strings().withChars("abcxyzABC0129-._~!$'()*+,;=:@%").ofMinLength(0).ofMaxLength(12);
    }

    /** Bytes of a raw request: random methods, targets, versions and headers, sent as they are. */
    static Arbitrary<String> rawRequests() {
        Arbitrary<String> method = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")),
                Tuple.of(1, Arbitraries.of("TRACE", "CONNECT", "get", "FOO", "G ET", "", "PRI", "GET\u0000")));
        Arbitrary<String> target = Arbitraries.frequencyOf(
                Tuple.of(4, endpointRequests().map(r -> "/" + r.version() + "/" + r.id() + (r.query() == null ? "" : "?" + r.query()))),
                Tuple.of(2, Arbitraries.of("/", "/v23.0", "/v23.0/", "//v23.0//106540352242922", "/v23.0/106540352242922/",
                        "/v23.0/106540352242922/phone_numbers", "/v23.0/../106540352242922", "/./v23.0/106540352242922",
                        "/v23.0/%2e%2e/x", "/%", "/%zz", "/%C3", "/%00", "*", "http://127.0.0.1/v23.0/106540352242922",
                        "v23.0/106540352242922", "/v23.0/106540352242922#frag", "/é", "/\u00ff", "/ space",
                        "/" + "a".repeat(20_000), "/__wamock", "/__wamock/", "/__wamock/nope", "/__wamock/health",
                        "/__wamock/scenarios", "/__wamock/scenario", "/__wamock/clock", "/__wamock/journal?since=-1",
                        "/__wamock/journal?since=abc", "/__wamock/journal?status=x&number=1", "/__wamock/journal?since=99999999999")),
                Tuple.of(1, urlSafe().list().ofMaxSize(4).map(segments -> "/" + String.join("/", segments))));
        Arbitrary<String> version = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just("HTTP/1.1")),
                Tuple.of(1, Arbitraries.of("HTTP/1.0", "HTTP/2.0", "HTTP/0.9", "HTTP/1.2", "http/1.1", "HTTP/1.1 ", "")));
        Arbitrary<String> header = Arbitraries.frequencyOf(
                Tuple.of(4, tokenHeaders().filter(h -> h != null)),
                Tuple.of(3, Arbitraries.of("Accept: application/json", "Accept: */*", "Accept: text/html",
                        "Accept-Encoding: gzip, deflate, br", "User-Agent: fuzz", "Content-Type: text/plain",
                        "Content-Length: 0", "Connection: close", "Connection: keep-alive", "Expect: 100-continue",
                        "Transfer-Encoding: gzip", "X-Forwarded-For: 10.0.0.1", "Cookie: a=b", "Origin: http://x",
                        "Host: other", "Host:", "Range: bytes=0-1", "If-None-Match: *", "Upgrade: h2c", "TE: trailers",
                        "X-Empty:", "X-Dup: 1", "X-Dup: 2", "X-Long: " + "v".repeat(70_000), "Bad Header: x",
                        "NoColon", " Leading: space", "X-Utf8: é", "X-Ctl: a\u0001b", "X-Obs-Fold: a\r\n b")),
                Tuple.of(1, Combinators.combine(urlSafe(), Arbitraries.strings().ofMaxLength(20))
                        .as((n, v) -> "X-" + n.replace(":", "") + ": " + v)));
        Arbitrary<String> body = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(40).map(b -> "Content-Length: "
                        + b.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + latin1(b))));
        return Combinators.combine(method, target, version, header.list().ofMaxSize(5), body)
                .filter((m, t, v, headers, b) -> !t.contains("__wamock") || m.equals("GET") || m.equals("HEAD"))
                .as((m, t, v, headers, b) -> {
                    StringBuilder raw = new StringBuilder(m).append(' ').append(latin1(t)).append(' ').append(v).append("\r\n")
                            .append("Host: 127.0.0.1\r\n");
                    headers.forEach(h -> raw.append(latin1(h)).append("\r\n"));
                    raw.append("Connection: close\r\n");
                    return b.isEmpty() ? raw.append("\r\n").toString() : raw.append(b).toString();
                });
    }

    /** Bodies for {@code POST /__wamock/scenario}: names, whole scenarios (valid, edited, wrong), any JSON, junk. */
    static Arbitrary<String> scenarioBodies() {
        Arbitrary<Object> name = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(BuiltInScenarios.names())),
                Tuple.of(2, Arbitraries.of("http-50", "HTTP-500", "", " http-500", "flaky", "x".repeat(100), "é")),
                Tuple.of(1, jsonScalar()));
        Arbitrary<String> byName = name.map(n -> json(java.util.Collections.singletonMap("name", n)));
        Arbitrary<Object> step = Arbitraries.maps(Arbitraries.of(STEP_KEYS), stepValue()).ofMinSize(1).ofMaxSize(3)
                .map(m -> (Object) new java.util.LinkedHashMap<>(m));
        Arbitrary<String> scenario = Combinators.combine(name, step.list().ofMaxSize(4),
                        Arbitraries.of("", "cycle", "description", "extra"), jsonScalar())
                .as((n, steps, key, value) -> {
                    java.util.Map<String, Object> s = new java.util.LinkedHashMap<>();
                    s.put("name", n);
                    s.put("steps", steps);
                    if (!key.isEmpty()) {
                        s.put(key, value);
                    }
                    return json(s);
                });
        return Arbitraries.frequencyOf(
                Tuple.of(3, byName),
                Tuple.of(6, scenario),
                Tuple.of(1, jsonScalar().map(HttpInputs::json)),
                Tuple.of(1, Arbitraries.of("", "{", "{\"name\":", "[]", "{}", "{\"name\": \"http-500\"", "<xml/>",
                        "{\"name\": \"http-500\"} trailing", "\u0000", "{\"name\": \"a\", \"steps\": [{\"pass\": true}]}{}")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(30)));
    }

    /** Bodies for {@code POST /__wamock/clock}: the three keys with good, odd and wrong values, plus junk. */
    static Arbitrary<String> clockBodies() {
        Arbitrary<Object> mode = Arbitraries.of("manual", "real", "frozen", "MANUAL", "", 5, true);
        Arbitrary<Object> advance = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of("30s", "1h", "0ms", "250ms", "1.5s", "10m", "0.0001ms")),
                Tuple.of(2, Arbitraries.of("-5s", "abc", "5", "1e3s", "1 h", "h", "", " 2s ", "1_000ms", "99999999999999999999h")),
                Tuple.of(1, Arbitraries.of(5, -1, 1.5, true)));
        Arbitrary<Object> scale = Arbitraries.of(0, 0.5, 1, 2, 10, -1, -0.0, 1e-9, "0", "fast", true);
        Arbitrary<String> object = Combinators.combine(
                        Arbitraries.frequencyOf(Tuple.of(2, mode), Tuple.of(1, Arbitraries.just(ABSENT))),
                        Arbitraries.frequencyOf(Tuple.of(2, advance), Tuple.of(1, Arbitraries.just(ABSENT))),
                        Arbitraries.frequencyOf(Tuple.of(2, scale), Tuple.of(1, Arbitraries.just(ABSENT))),
                        Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(ABSENT)), Tuple.of(1, jsonScalar())))
                .as((m, a, d, junk) -> {
                    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
                    putUnlessAbsent(body, "mode", m);
                    putUnlessAbsent(body, "advance", a);
                    putUnlessAbsent(body, "delayScale", d);
                    putUnlessAbsent(body, "speed", junk);
                    return json(body);
                });
        return Arbitraries.frequencyOf(
                Tuple.of(12, object),
                Tuple.of(1, Arbitraries.of("", "null", "[]", "{", "\"manual\"", "{\"mode\": \"manual\"}}", "{\"mode\" \"x\"}")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(20)));
    }

    private static final Object ABSENT = new Object();
    private static final List<String> STEP_KEYS = List.of("error", "state", "pass", "times", "when", "scope", "label",
            "trigger", "delay", "slowBody", "fault", "rateLimit", "extraFields", "crash");

    private static void putUnlessAbsent(java.util.Map<String, Object> body, String key, Object value) {
        if (value != ABSENT) {
            body.put(key, value);
        }
    }

    /** A value for a step key, as the JSON form writes them, or a wrong one. */
    private static Arbitrary<Object> stepValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("server-error", "rate-limited", "invalid-token", "reset", "stall", "truncated",
                        "html-502", "global", "token", "number", "30s", "100ms", "first").map(Object.class::cast)),
                Tuple.of(2, Arbitraries.of(true, false, 1, 2, 0, -1, 3).map(Object.class::cast)),
                Tuple.of(3, Arbitraries.of(
                        java.util.Map.of("every", 3), java.util.Map.of("every", 0), java.util.Map.of("probability", 0.5, "seed", 1),
                        java.util.Map.of("probability", 2), java.util.Map.of("from", "10s", "until", "5s"),
                        java.util.Map.of("fixed", "100ms"), java.util.Map.of("fixed", "-1s"),
                        java.util.Map.of("uniform", List.of("50ms", "20ms")), java.util.Map.of("chunks", 10, "over", "2s"),
                        java.util.Map.of("chunks", 1, "over", "2s"), java.util.Map.of("app", 10, "window", "1h"),
                        java.util.Map.of("app", 0, "window", "0ms"), java.util.Map.of("status", 503),
                        java.util.Map.of("status", 99), java.util.Map.of("name", "not-found", "subcode", 33),
                        java.util.Map.of("number", "106540352242922"), java.util.Map.of("fields", List.of("id")),
                        java.util.Map.of("quality_rating", "RED"), java.util.Map.of("nope", 1), java.util.Map.of())
                        .map(Object.class::cast)),
                Tuple.of(1, jsonScalar()));
    }

    /** Strings, numbers of every size, booleans, null, empty containers. */
    static Arbitrary<Object> jsonScalar() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(8).map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.of(List.of(), java.util.Map.of(), List.of(1, "a")).map(Object.class::cast),
                Arbitraries.just(null));
    }

    static String json(Object value) {
        return dev.wamock.scenarios.engine.Mappers.JSON.writeValueAsString(value);
    }

    /** A Java string whose chars are the UTF-8 bytes of {@code s}, for {@link Wire} to send as ISO-8859-1. */
    static String latin1(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
