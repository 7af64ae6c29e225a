package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * docs/chaos.md stays true: every YAML and JSON example loads with {@link ScenarioFiles#parse}, and
 * together they show every trigger, every delay shape, the slow body, every fault and the rate limit.
 * Surefire runs in the module directory, so the page is {@code ../docs/chaos.md}.
 */
class DocsChaosExamplesTest {
    private static final Path PAGE = Path.of("..", "docs", "chaos.md");
    private static final Pattern CODE_BLOCK = Pattern.compile("(?m)^```(yaml|json)[ \\t]*\\n(.*?)^```", Pattern.DOTALL);

    record Example(int number, String language, String text) {
        String fileName() {
            return "chaos-example-" + number + "." + language;
        }

        List<Scenario> scenarios() {
            return ScenarioFiles.parse(fileName(), text);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyYamlAndJsonExampleLoads() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).extracting(Example::language).contains("yaml", "json");

        return examples.stream().map(example -> dynamicTest(example.fileName() + " ("
                + example.text().lines().findFirst().orElse("") + ")", () -> {
            List<Scenario> scenarios = example.scenarios();

            assertThat(scenarios).as("scenarios of %s:%n%s", example.fileName(), example.text()).isNotEmpty();
            assertThat(scenarios).allSatisfy(s -> assertThat(s.steps()).isNotEmpty());
        }));
    }

    @Test
    void theExamplesHaveDistinctNamesSoTheyLoadTogether() throws IOException {
        List<String> names = allScenarios().stream().map(Scenario::name).toList();

        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void thereIsAnExampleOfEveryTrigger() throws IOException {
        List<Trigger> triggers = allSteps().stream().map(Step::trigger).filter(java.util.Objects::nonNull).toList();

        assertThat(triggers).as("every N-th").anyMatch(t -> t.every() != null);
        assertThat(triggers).as("seeded probability").anyMatch(t -> t.probability() != null && t.seed() != null);
        assertThat(triggers).as("window").anyMatch(t -> t.from() != null && t.until() != null);
        assertThat(allSteps()).as("per-token count").anyMatch(s -> s.scope() == Scope.TOKEN && s.times() != null);
        assertThat(allSteps()).as("per-number count").anyMatch(s -> s.scope() == Scope.NUMBER);
    }

    @Test
    void thereIsAnExampleOfEveryEffect() throws IOException {
        List<Step> steps = allSteps();
        Set<Delay.Kind> delays = new HashSet<>();
        Set<String> faults = new TreeSet<>();
        steps.forEach(s -> {
            if (s.delay() != null) {
                delays.add(s.delay().kind());
            }
            if (s.fault() != null) {
                faults.add(s.fault().wireName());
            }
        });

        assertThat(delays).containsExactlyInAnyOrder(Delay.Kind.values());
        assertThat(faults).containsExactlyInAnyOrderElementsOf(Arrays.stream(Fault.values()).map(Fault::wireName).toList());
        assertThat(steps).as("slow body").anyMatch(s -> s.slowBody() != null);
        assertThat(steps).as("rate limit with both quotas and Retry-After").anyMatch(s ->
                s.answer() instanceof Answer.RateLimit r && r.businessCalls() != null && r.retryAfter());
    }

    @Test
    void theFirstExampleIsTheJavaExampleUnderIt() throws IOException {
        Scenario fromDocs = examples().get(0).scenarios().get(0);

        assertThat(fromDocs.steps()).isEqualTo(Scenario.of("slow-graph",
                Step.passThrough().withDelay(Delay.logNormal(Duration.ofMillis(80), 0.6, Duration.ofSeconds(2)))).steps());
    }

    @Test
    void theQuotaExampleIsTheJavaExampleUnderIt() throws IOException {
        Scenario quota = allScenarios().stream().filter(s -> s.name().equals("quota")).findFirst().orElseThrow();

        assertThat(quota.steps()).containsExactly(Step.rateLimit(Answer.RateLimit.calls(100).per(Duration.ofHours(1))
                .businessCalls(50).retryAfter(true)));
    }

    private static List<Scenario> allScenarios() throws IOException {
        List<Scenario> all = new ArrayList<>();
        for (Example e : examples()) {
            all.addAll(e.scenarios());
        }
        return all;
    }

    private static List<Step> allSteps() throws IOException {
        return allScenarios().stream().flatMap(s -> s.steps().stream()).toList();
    }

    private static List<Example> examples() throws IOException {
        assertThat(PAGE).as("the docs page, relative to %s", Path.of("").toAbsolutePath()).isRegularFile();
        Matcher m = CODE_BLOCK.matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
        List<Example> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(new Example(examples.size() + 1, m.group(1), m.group(2)));
        }
        return examples;
    }
}
