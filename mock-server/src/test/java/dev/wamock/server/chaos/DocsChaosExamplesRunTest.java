package dev.wamock.server.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Delay;
import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioFiles;
import dev.wamock.scenarios.Scope;
import dev.wamock.scenarios.SlowBody;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.Trigger;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Attempt;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * docs/chaos.md runs: each Java example is a {@code docs:begin}…{@code docs:end} region of a test here
 * (lines between {@code docs:hide} and {@code docs:show} are the test's own and not on the page), and
 * the page's Java blocks are exactly these regions; every YAML/JSON example is activated and called; the
 * curl session is replayed. Surefire runs in the module directory, so the page is {@code ../docs/chaos.md}.
 */
class DocsChaosExamplesRunTest extends ChaosServerTest {
    private static final Path PAGE = Path.of("..", "docs", "chaos.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "dev", "wamock", "server", "chaos",
            "DocsChaosExamplesRunTest.java");
    private static final Pattern BLOCK = Pattern.compile("(?m)^```(java|yaml|json|console)[ \\t]*\\n(.*?)^```", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void slowGraph(WamockServer server) {
        // docs:begin
        server.use(Scenario.of("slow-graph",
                Step.passThrough().withDelay(Delay.logNormal(Duration.ofMillis(80), 0.6, Duration.ofSeconds(2)))));
        // docs:end

        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.status()).isEqualTo(200);
        JournalEntry entry = onlyEntry();
        assertThat(entry.effects()).map(Object::toString).singleElement().asString().startsWith("delay ");
        assertThat(outcome.elapsed().toMillis()).isGreaterThanOrEqualTo(
                Long.parseLong(entry.effects().get(0).toString().replaceAll("\\D", "")));
    }

    @Test
    void dribble(WamockServer server) {
        // docs:begin
        server.use(Scenario.of("dribble", Step.passThrough().withSlowBody(new SlowBody(10, Duration.ofSeconds(2)))));
        // docs:end
        server.clock().scaleDelays(0.1);

        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(JSON.readTree(outcome.body()).get("id").asString()).isEqualTo(Http.NUMBER);
        assertThat(onlyEntry().effects()).map(Object::toString).containsExactly("slow-body 10x over 2s");
    }

    @Test
    void resetOnce(WamockServer server) {
        // docs:begin
        server.use(Scenario.of("reset-once", Step.fault(Fault.RESET).times(1), Step.passThrough()));
        // docs:end

        Attempt outcome = http().attempt(Http::number);

        assertThat(outcome.status()).as("java.net.http retried after the reset").isEqualTo(200);
        assertThat(journal(2).entries()).extracting(e -> e.outcome().wireName()).containsExactly("reset", "response");
    }

    @Test
    void blackHole(WamockServer server) {
        // docs:begin
        server.use(Scenario.of("black-hole", Step.fault(Fault.STALL)));
        // docs:end

        Attempt outcome = http().withTimeout(Duration.ofMillis(200)).attempt(Http::number);

        assertThat(outcome.failure()).isInstanceOf(java.net.http.HttpTimeoutException.class);
        assertThat(onlyEntry().outcome()).isEqualTo(Outcome.STALL);
    }

    @Test
    void everyThirdFails(WamockServer server) {
        // docs:begin
        server.use(Scenario.of("every-third-fails", Step.error("server-error").trigger(Trigger.everyNth(3))));
        // docs:end

        List<Integer> statuses = Stream.generate(() -> http().attempt(Http::number).status()).limit(6).toList();

        assertThat(statuses).containsExactly(200, 200, 500, 200, 200, 500);
    }

    @Test
    void oneInTenResets(WamockServer server) {
        // docs:begin
        server.use(Scenario.of("one-in-ten-resets", Step.fault(Fault.RESET).trigger(Trigger.probability(0.1, 42))));
        // docs:end

        for (int i = 0; i < 50; i++) {
            http().attempt(Http::number);
        }

        long resets = server.journal().where(e -> e.outcome() == Outcome.RESET).size();
        assertThat(resets).isBetween(1L, 15L);
    }

    @Test
    void outage(WamockServer server) {
        // docs:begin
        server.clock().manual();
        server.use(Scenario.of("outage", Step.error("server-error")
                .trigger(Trigger.window(Duration.ofSeconds(10), Duration.ofSeconds(40)))));
        // docs:hide
        assertThat(http().attempt(Http::number).status()).isEqualTo(200);
        // docs:show
        server.clock().advance(Duration.ofSeconds(10));   // the outage starts: 500s until 40 s
        // docs:end

        assertThat(http().attempt(Http::number).status()).isEqualTo(500);
        server.clock().advance(Duration.ofSeconds(30));
        assertThat(http().attempt(Http::number).status()).isEqualTo(200);
    }

    @Test
    void twoErrorsPerClient(WamockServer server) {
        // docs:begin
        server.use(Scenario.of("two-500s-per-client",
                Step.error("server-error").times(2).scope(Scope.TOKEN), Step.passThrough()));
        // docs:end

        List<Integer> statuses = new ArrayList<>();
        for (String token : List.of("token-aaaa", "token-aaaa", "token-aaaa", "token-bbbb")) {
            statuses.add(http().withToken(token).attempt(Http::number).status());
        }

        assertThat(statuses).containsExactly(500, 500, 200, 500);
    }

    @Test
    void flakyNetwork(WamockServer server) {
        // docs:begin
        server.use(Scenario.of("flaky-network", Step.fault(Fault.TRUNCATED)
                .withDelay(Delay.uniform(Duration.ofMillis(50), Duration.ofMillis(200)))
                .trigger(Trigger.probability(0.05, 7))));
        // docs:end
        server.clock().scaleDelays(0);

        for (int i = 0; i < 100; i++) {
            http().attempt(Http::number);
        }

        List<JournalEntry> truncated = journal(100).where(e -> e.outcome() == Outcome.TRUNCATED);
        assertThat(truncated).hasSizeBetween(1, 15)
                .allSatisfy(e -> assertThat(e.effects()).map(Object::toString).hasSize(2).last().isEqualTo("fault truncated"));
    }

    @Test
    void quota(WamockServer server) {
        // docs:begin
        server.clock().manual();
        server.use(Scenario.of("quota", Step.rateLimit(
                Answer.RateLimit.calls(100).per(Duration.ofHours(1)).businessCalls(50).retryAfter(true))));
        // … the 51st call for the numbers of one business account within the hour gets a 429 with code 80007 …
        // docs:hide
        for (int i = 0; i < 50; i++) { // two numbers of one account (default fixtures)
            String number = i % 2 == 0 ? Http.NUMBER : OTHER_NUMBER;
            assertThat(http().attempt(h -> h.graph("/v23.0/" + number)).status()).isEqualTo(200);
        }
        Attempt limited = http().attempt(Http::number);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(JSON.readTree(limited.body()).get("error").get("code").asInt()).isEqualTo(80007);
        // docs:show
        server.clock().advance(Duration.ofHours(1));      // a fresh window: calls pass again
        // docs:end

        assertThat(http().attempt(Http::number).status()).isEqualTo(200);
    }

    @Test
    void noWaiting(WamockServer server) {
        server.use(Scenario.of("slow", Step.passThrough().withDelay(Delay.fixed(Duration.ofHours(1)))));
        // docs:begin
        server.clock().scaleDelays(0);   // the same chaos scenario, without the waiting
        // docs:end

        assertThat(http().attempt(Http::number).status()).as("answered within the client's 10 s, not after the hour").isEqualTo(200);
    }

    @Test
    void noResponseInTheJournal(WamockServer server) {
        server.use(Scenario.of("reset-once", Step.fault(Fault.RESET).times(1), Step.passThrough()));
        http().attempt(Http::number);
        journal(2);
        // docs:begin
        List<JournalEntry> noResponse = server.journal().where(e -> e.status() == 0);
        assertThat(noResponse).extracting(JournalEntry::outcome).containsOnly(Outcome.RESET);
        // docs:end
        assertThat(noResponse).hasSize(1);
    }

    @Test
    void theJavaExamplesOnThePageAreTheRegionsOfThisTest() throws IOException {
        List<String> onThePage = blocks("java").stream().map(DocsChaosExamplesRunTest::withoutImports).toList();
        List<String> regions = regions();
        List<String> imports = blocks("java").stream().flatMap(b -> b.lines().filter(l -> l.startsWith("import ")))
                .toList();

        assertThat(onThePage).as("java blocks of %s", PAGE).isNotEmpty();
        assertThat(Files.readAllLines(SOURCE, StandardCharsets.UTF_8)).as("the imports the page shows are this file's")
                .containsAll(imports);
        assertThat(onThePage).as("every java block on the page is a region of %s", SOURCE)
                .containsExactlyInAnyOrderElementsOf(regions);
    }

    @TestFactory
    Stream<DynamicTest> everyYamlAndJsonExampleRunsOnAServer(WamockServer server) throws IOException {
        List<String> files = new ArrayList<>();
        blocks("yaml").forEach(b -> files.add("example.yaml\n" + b));
        blocks("json").forEach(b -> files.add("example.json\n" + b));
        assertThat(files).isNotEmpty();

        return files.stream().flatMap(file -> {
            String name = file.substring(0, file.indexOf('\n'));
            return ScenarioFiles.parse(name, file.substring(name.length() + 1)).stream();
        }).map(scenario -> dynamicTest(scenario.name(), () -> {
            server.reset();
            server.clock().scaleDelays(0);
            server.use(scenario);

            http().withTimeout(Duration.ofSeconds(5)).attempt(Http::number);

            assertThat(server.progress().name()).isEqualTo(scenario.name());
            JournalEntry first = journal(1).entries().get(0);
            if (first.step() != null) {
                assertThat(first.scenario()).as(server.journal().timeline()).isEqualTo(scenario.name());
            }
        }));
    }

    @Test
    void theCurlSessionAnswersWhatThePageShows() throws IOException {
        Pattern curl = Pattern.compile("^\\$ curl -s(?: -X ([A-Z]+))?((?: -H '[^']*')*)(?: -d '([^']*)')? '([^']*)'$");
        Pattern header = Pattern.compile("-H '([^:]+): ([^']*)'");
        List<String> lines = blocks("console").stream().flatMap(String::lines).toList();
        assertThat(lines).isNotEmpty();
        Long firstNow = null;
        Long documentedFirstNow = null;

        for (int i = 0; i < lines.size(); i += 2) {
            Matcher m = curl.matcher(lines.get(i));
            assertThat(m.matches()).as("a curl line like the others: %s", lines.get(i)).isTrue();
            String body = m.group(3);
            List<String> headers = new ArrayList<>();
            Matcher h = header.matcher(m.group(2));
            while (h.find()) {
                headers.add(h.group(1));
                headers.add(h.group(2));
            }
            Reply reply = http().send(m.group(1) == null ? "GET" : m.group(1), m.group(4).replace("http://127.0.0.1:8080", ""),
                    body, headers.toArray(String[]::new));

            JsonNode actual = JSON.readTree(reply.body());
            JsonNode documented = JSON.readTree(lines.get(i + 1));

            if (documented.has("nowMillis")) {
                long now = actual.get("nowMillis").asLong();
                long documentedNow = documented.get("nowMillis").asLong();
                firstNow = firstNow == null ? now : firstNow;
                documentedFirstNow = documentedFirstNow == null ? documentedNow : documentedFirstNow;
                long moved = documentedNow - documentedFirstNow;
                if ("real".equals(documented.path("mode").asString())) { // real time runs on between switch and reading
                    assertThat(now - firstNow).as("the clock moved as the page shows, at %s", lines.get(i))
                            .isBetween(moved, moved + 1_000);
                } else {
                    assertThat(now - firstNow).as("the clock moved as the page shows, at %s", lines.get(i))
                            .isEqualTo(moved);
                }
            }
            assertThat(stable(actual)).as("answer to %s", lines.get(i)).isEqualTo(stable(documented));
        }
    }

    /** The answer without what changes from run to run: the trace ID and the clock reading. */
    private static JsonNode stable(JsonNode node) {
        JsonNode copy = node.deepCopy();
        if (copy.has("error")) {
            ((ObjectNode) copy.get("error")).remove("fbtrace_id");
        }
        if (copy.isObject()) {
            ((ObjectNode) copy).remove("nowMillis");
        }
        return copy;
    }

    /** A page block without the imports it starts with (and the blank line after them). */
    private static String withoutImports(String block) {
        return block.lines().dropWhile(l -> l.startsWith("import ") || l.isBlank()).collect(Collectors.joining("\n"));
    }

    private static List<String> blocks(String language) throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).equals(language)) {
                out.add(m.group(2).stripTrailing());
            }
        }
        return out;
    }

    /** The docs regions of this file, hidden lines left out, indentation removed. */
    private static List<String> regions() throws IOException {
        List<String> regions = new ArrayList<>();
        List<String> current = null;
        boolean hidden = false;
        for (String line : Files.readAllLines(SOURCE, StandardCharsets.UTF_8)) {
            String marker = line.strip();
            if (marker.equals("// docs:" + "begin")) {
                current = new ArrayList<>();
            } else if (marker.equals("// docs:" + "end")) {
                regions.add(dedent(current));
                current = null;
            } else if (marker.equals("// docs:" + "hide")) {
                hidden = true;
            } else if (marker.equals("// docs:" + "show")) {
                hidden = false;
            } else if (current != null && !hidden) {
                current.add(line);
            }
        }
        return regions;
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
                .collect(Collectors.joining("\n"));
    }
}
