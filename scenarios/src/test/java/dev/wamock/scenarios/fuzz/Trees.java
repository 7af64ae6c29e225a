package dev.wamock.scenarios.fuzz;

import dev.wamock.scenarios.engine.Mappers;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Well-formed scenario files whose steps use the format's keys with plausible, extreme and wrong values:
 * they get past the syntax and into the model's rules, where random text rarely arrives. YAML text,
 * converted to JSON for {@code .json} names.
 */
final class Trees {
    private static final YAMLMapper LENIENT_YAML = YAMLMapper.builder().build();

    /** How many of the first values of each key are valid; valid values are drawn three times as often. */
    private static final Map<String, Integer> VALID = Map.ofEntries(Map.entry("error", 5), Map.entry("state", 2), Map.entry("pass", 1), Map.entry("times", 3), Map.entry("when", 3), Map.entry("scope", 3), Map.entry("label", 1), Map.entry("trigger", 7), Map.entry("delay", 5), Map.entry("slowBody", 2), Map.entry("fault", 8), Map.entry("rateLimit", 2), Map.entry("extraFields", 4));

    /** Values tried for each step key: the valid ones first, then edge values and wrong types. */
    private static final Map<String, List<String>> STEP_VALUES = Map.ofEntries(
            Map.entry("error", List.of("server-error", "rate-limited", "invalid-token", "server-eror", "\"\"", "{status: 503}",
                    "{name: not-found, subcode: 33}", "{status: 99}", "{status: 600}", "{code: -1}", "{name: x, status: 500}",
                    "{transient: maybe}", "[1, 2]", "{}", "null")),
            Map.entry("state", List.of("{quality_rating: RED}", "{status: FLAGGED, quality_rating: YELLOW}", "{nope: 1}",
                    "{quality_rating: PURPLE}", "{id: \"1\"}", "{}", "RED", "null")),
            Map.entry("pass", List.of("true", "false", "null", "yes", "1", "\"true\"")),
            Map.entry("times", List.of("1", "2", "0", "-1", "2147483647", "2147483648", "1.5", "many", "null")),
            Map.entry("when", List.of("{number: \"106540352242922\"}", "{fields: [quality_rating]}", "{version: v23.0}",
                    "{fields: []}", "{fields: quality_rating}", "{number: 1}", "{planet: mars}", "{}", "null", "[]")),
            Map.entry("scope", List.of("global", "token", "number", "planet", "null", "1")),
            Map.entry("label", List.of("first", "\"\"", "null", "[a]", "'é😀\u202e'")),
            Map.entry("trigger", List.of("{every: 3}", "{every: 1}", "{every: 0}", "{every: -2}", "{probability: 0.5, seed: 1}",
                    "{probability: 0}", "{probability: 1}", "{probability: 1.5}", "{probability: -0.1}", "{probability: .nan}",
                    "{seed: 7}", "{from: 10s, until: 40s}", "{from: 40s, until: 10s}", "{from: 10s}", "{until: 0ms}",
                    "{every: 2, probability: 0.5, seed: 3, from: 1s, until: 1h}", "{}", "{every: x}", "3", "null")),
            Map.entry("delay", List.of("{fixed: 100ms}", "{fixed: 0ms}", "{fixed: -1s}", "{fixed: 99999999999h}",
                    "{uniform: [50ms, 200ms]}", "{uniform: [200ms, 50ms]}", "{uniform: [1ms]}", "{uniform: []}",
                    "{lognormal: {median: 80ms, sigma: 0.6, cap: 2s}}", "{lognormal: {median: 80ms, sigma: -1, cap: 2s}}",
                    "{lognormal: {median: 80ms, sigma: 0.6, cap: 1ms}}", "{lognormal: {median: 0ms, sigma: 0, cap: 0ms}}",
                    "{lognormal: {median: 80ms}}", "{fixed: 1s, uniform: [1ms, 2ms]}", "{}", "100ms", "null")),
            Map.entry("slowBody", List.of("{chunks: 10, over: 2s}", "{chunks: 1, over: 1s}", "{chunks: 0, over: 1s}",
                    "{chunks: -5, over: 1s}", "{chunks: 2147483647, over: 1ms}", "{chunks: 3, over: 0ms}", "{chunks: 3}",
                    "{over: 1s}", "{}", "null")),
            Map.entry("fault", List.of("reset", "no-response", "truncated", "stall", "malformed-json", "html-502",
                    "empty-200", "text-plain", "RESET", "explode", "\"\"", "null", "[reset]")),
            Map.entry("rateLimit", List.of("{app: 100, window: 1h}", "{app: 100, business: 50, window: 1h, retryAfter: true}",
                    "{app: 0, window: 1h}", "{app: -1, window: 1h}", "{app: 1, window: 0ms}", "{app: 1}", "{window: 1h}",
                    "{app: 2147483648, window: 1h}", "{}", "null")),
            Map.entry("extraFields", List.of("{new_field: 1}", "{id: 2}", "{nested: {a: [1, 2]}}", "{}", "[]", "null", "x")));

    private static final List<String> STEP_KEYS = List.copyOf(STEP_VALUES.keySet());
    private static final List<String> ANSWERS = List.of("error", "state", "pass", "rateLimit", "fault");

    private Trees() {
    }

    /** A file of one scenario or a {@code scenarios:} list, as YAML or (for {@code .json}) JSON. */
    static Arbitrary<String> documents(String fileName) {
        Arbitrary<String> step = Arbitraries.of(STEP_KEYS).list().ofMinSize(1).ofMaxSize(3).uniqueElements()
                .map(keys -> keys.stream().anyMatch(ANSWERS::contains) ? keys
                        : java.util.stream.Stream.concat(java.util.stream.Stream.of("pass"), keys.stream()).toList())
                .flatMap(keys -> Combinators.combine(keys.stream().map(k -> value(k).map(v -> k + ": " + v)).toList())
                        .as(lines -> String.join("\n    ", lines)));
        Arbitrary<String> scenario = Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.of("fuzz", "other")),
                        Tuple.of(1, Arbitraries.of("\"\"", "null", "http-500", "x y", "[a]", "crash: true"))),
                Arbitraries.of("", "cycle: true\n", "cycle: false\n", "cycle: 3\n", "description: d\n", "description: null\n"),
                Arbitraries.frequencyOf(Tuple.of(9, step.list().ofMinSize(1).ofMaxSize(4)),
                        Tuple.of(1, Arbitraries.just(List.<String>of()))))
                .as((name, head, steps) -> "name: " + name + "\n" + head + "steps:"
                        + (steps.isEmpty() ? " []" : "\n  - " + String.join("\n  - ", steps)) + "\n");
        Arbitrary<String> text = Arbitraries.frequencyOf(
                Tuple.of(4, scenario),
                Tuple.of(1, scenario.list().ofMaxSize(3).map(list -> "scenarios:\n" + String.join("",
                        list.stream().map(s -> "  - " + s.strip().replace("\n", "\n    ") + "\n").toList()))));
        return text.map(yaml -> fileName.toLowerCase().endsWith(".json") ? toJson(yaml) : yaml);
    }

    private static Arbitrary<String> value(String key) {
        List<String> all = STEP_VALUES.get(key);
        int valid = VALID.get(key);
        return valid == 0 ? Arbitraries.of(all) : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(all.subList(0, valid))),
                Tuple.of(1, Arbitraries.of(all)));
    }

    private static String toJson(String yaml) {
        try {
            return Mappers.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(LENIENT_YAML.readTree(yaml));
        } catch (JacksonException notYaml) {
            return yaml;
        }
    }
}
