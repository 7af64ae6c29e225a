package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wamock.scenarios.engine.Mappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code retryAfter} and {@code retryAfterDate} on an error in files: they read as the Java DSL builds them,
 * round-trip through JSON, and a bad value is refused at its own file, line and field.
 */
class RetryAfterFilesTest {

    private static Step onlyStep(String file, String text) {
        List<Scenario> scenarios = ScenarioFiles.parse(file, text);
        return scenarios.get(0).steps().get(0);
    }

    private static InvalidFileException invalid(String errorLine) {
        String file = "name: limited\nsteps:\n  - error:\n      name: rate-limited\n      " + errorLine + "\n";
        InvalidFileException e = catchThrowableOfType(InvalidFileException.class,
                () -> ScenarioFiles.parse("retry.yaml", file));
        assertThat(e).as("%s should be refused", errorLine).isNotNull();
        return e;
    }

    @Test
    void retryAfterInSecondsReadsAsTheJavaDsl() {
        Step step = onlyStep("retry.yaml", "name: r\nsteps:\n  - error: { status: 503, retryAfter: 30s }\n");

        assertThat(step).isEqualTo(Step.error(ErrorSpec.status(503).retryAfter(Duration.ofSeconds(30))));
        assertThat(((Answer.Error) step.answer()).retryAfter()).isEqualTo(RetryAfter.seconds(Duration.ofSeconds(30)));
    }

    @Test
    void retryAfterDateTakesADurationAfterTheAnswerOrAFixedDate() {
        Step relative = onlyStep("date.yaml",
                "name: r\nsteps:\n  - error: { name: server-error, retryAfterDate: 2m }\n");
        Step fixed = onlyStep("date.json", """
                {"name": "r", "steps": [{"error": {"name": "rate-limited",
                  "retryAfterDate": "Sun, 06 Nov 1994 08:49:37 GMT"}}]}
                """);

        assertThat(relative).isEqualTo(Step.error(ErrorSpec.named("server-error").retryAfterDate(Duration
                .ofMinutes(2))));
        assertThat(fixed).isEqualTo(Step.error(ErrorSpec.named("rate-limited")
                .retryAfterDate(Instant.parse("1994-11-06T08:49:37Z"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "retryAfter: 30s",
            "retryAfterDate: 1h",
            "retryAfterDate: 'Sun, 06 Nov 1994 08:49:37 GMT'"})
    void aStepWithRetryAfterReadsBackEqualFromTheJsonTheAdminApiWrites(String errorLine) {
        String file = "name: limited\nsteps:\n  - error:\n      name: rate-limited\n      " + errorLine + "\n";
        Scenario scenario = ScenarioFiles.parse("retry.yaml", file).get(0);

        String json = Mappers.JSON.writeValueAsString(scenario);

        assertThat(json).contains("\"" + errorLine.substring(0, errorLine.indexOf(':')) + "\":");
        assertThat(ScenarioFiles.parse("back.json", json)).containsExactly(scenario);
    }

    @Test
    void aRetryAfterThatIsNotADurationNamesFileLineFieldAndTheForms() {
        InvalidFileException e = invalid("retryAfter: soon");

        assertThat(e.file()).isEqualTo("retry.yaml");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("steps[0].error.retryAfter");
        assertThat(e.getMessage())
                .endsWith("retryAfter takes a duration in whole seconds, e.g. 30s or 2m, but was 'soon'");
    }

    @Test
    void aRetryAfterWithMillisecondsIsRefusedWithTheWholeSecondsToWrite() {
        InvalidFileException e = invalid("retryAfter: 1500ms");

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("steps[0].error.retryAfter");
        assertThat(e.getMessage()).contains("Retry-After counts whole seconds (RFC 9110 delta-seconds) but was 1500ms",
                "write e.g. 2s");
    }

    @Test
    void aDateUnderRetryAfterPointsToRetryAfterDate() {
        InvalidFileException e = invalid("retryAfter: 'Sun, 06 Nov 1994 08:49:37 GMT'");

        assertThat(e.field()).isEqualTo("steps[0].error.retryAfter");
        assertThat(e.getMessage()).contains("for an HTTP-date write retryAfterDate");
    }

    @Test
    void aDateThatIsNotAnImfFixdateShowsTheFormat() {
        InvalidFileException e = invalid("retryAfterDate: 'Mon, 06 Nov 1994 08:49:37 GMT'");

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("steps[0].error.retryAfterDate");
        assertThat(e.getMessage()).contains("'Mon, 06 Nov 1994 08:49:37 GMT' is not an IMF-fixdate",
                "'Sun, 06 Nov 1994 08:49:37 GMT'", "the weekday must match the date");
    }

    @Test
    void bothFormsOnOneErrorAreRefused() {
        InvalidFileException e = invalid("retryAfter: 30s\n      retryAfterDate: 30s");

        assertThat(e.field()).startsWith("steps[0].error");
        assertThat(e.getMessage())
                .contains("one of 'retryAfter' (seconds) or 'retryAfterDate' (an HTTP-date), not both");
    }

    @Test
    void theMessagesDocsScenariosShowAreTheOnesTheParserPrints() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "scenarios.md"));
        String section = page.substring(page.indexOf("\n## Retry-After"));
        Matcher block = Pattern.compile("(?m)^```\\n(.*?)^```", Pattern.DOTALL).matcher(section);
        assertThat(block.find()).as("a plain block of messages in the Retry-After section").isTrue();
        Pattern documented = Pattern.compile(
                "busy\\.yaml:\\d+:\\d+: field 'steps\\[0]\\.error\\.(\\w+)': .*?(?:but was (\\S+);|('[^']+') is not)");

        List<String> lines = block.group(1).lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2).allSatisfy(line -> {
            Matcher m = documented.matcher(line);
            assertThat(m.find()).as("a message of the documented form: %s", line).isTrue();
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            String file = "name: busy\nsteps:\n  - error:\n      name: rate-limited\n      "
                    + m.group(1) + ": " + value + "\n";
            InvalidFileException e = catchThrowableOfType(InvalidFileException.class,
                    () -> ScenarioFiles.parse("busy.yaml", file));
            assertThat(e).as("loading %s", file).isNotNull();
            assertThat(e.getMessage()).isEqualTo(line);
        });
    }

    @Test
    void aMisspelledKeyOfTheErrorSuggestsRetryAfter() {
        InvalidFileException e = invalid("retryafter: 30s");

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("unknown field 'retryafter'", "did you mean 'retryAfter'?");
    }
}
