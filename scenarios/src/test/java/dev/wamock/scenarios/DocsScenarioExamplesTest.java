package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * docs/scenarios.md stays true: every YAML and JSON example loads, and the error messages it shows for
 * a malformed {@code flaky.yaml} have the form the code prints. Surefire runs in the module directory,
 * so the page is {@code ../docs/scenarios.md}.
 */
class DocsScenarioExamplesTest {
    private static final Path PAGE = Path.of("..", "docs", "scenarios.md");
    private static final Pattern CODE_BLOCK = Pattern.compile("(?m)^```(yaml|json)[ \\t]*\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern PLAIN_BLOCK = Pattern.compile("(?m)^```[ \\t]*\\n(.*?)^```", Pattern.DOTALL);
    /** {@code file:line:col: field '…': problem}, as InvalidFileException prints it. */
    private static final Pattern MESSAGE = Pattern.compile("(?<file>[^:\\s]+):(?<line>\\d+):(?<col>\\d+): "
            + "field '(?<field>[^']*)': (?<problem>.+)");

    record Example(int number, String language, String text) {
        String fileName() {
            return "docs-example-" + number + "." + language;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyYamlAndJsonExampleLoadsAtLeastOneScenario() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).as("yaml/json blocks in %s", PAGE).hasSizeGreaterThanOrEqualTo(2)
                .extracting(Example::language).contains("yaml", "json");

        return examples.stream().map(example -> dynamicTest(example.fileName() + " ("
                + example.text().lines().findFirst().orElse("") + ")", () -> {
            List<Scenario> scenarios = ScenarioFiles.parse(example.fileName(), example.text());
            assertThat(scenarios).as("scenarios of %s:%n%s", example.fileName(), example.text()).isNotEmpty();
            assertThat(scenarios).allSatisfy(s -> assertThat(s.steps()).isNotEmpty());
        }));
    }

    @Test
    void theFirstExampleIsTheFlakyScenarioOfTheJavaExample() throws IOException {
        Example first = examples().get(0);

        Scenario fromDocs = ScenarioFiles.parse(first.fileName(), first.text()).get(0);

        assertThat(fromDocs.name()).isEqualTo("flaky");
        assertThat(fromDocs.steps()).isEqualTo(
                Scenario.of("flaky", Step.error("server-error").times(2), Step.passThrough()).steps());
    }

    @TestFactory
    Stream<DynamicTest> theLoadingFilesErrorExamplesHaveTheFormatAndTheProblemsTheCodePrints() throws IOException {
        List<String> documented = loadingFilesErrorExamples();
        assertThat(documented).as("error examples in the 'Loading files' section").isNotEmpty();
        String flaky = flakyExample();

        return documented.stream().map(doc -> dynamicTest(doc, () -> {
            Matcher d = MESSAGE.matcher(doc);
            assertThat(d.matches()).as("documented message '%s' has the form file:line:col: field '…': problem", doc)
                    .isTrue();
            assertThat(d.group("file")).isEqualTo("flaky.yaml");
            String file = brokenFlaky(flaky, d.group("problem"));
            Assumptions.assumeTrue(file != null, "docs to fix: '" + doc + "' calls something unknown that the code "
                    + "now accepts as valid");

            InvalidFileException e = catchThrowableOfType(InvalidFileException.class,
                    () -> ScenarioFiles.parse("flaky.yaml", file));

            assertThat(e).as("loading%n%s%nshould fail like the page says: %s", file, doc).isNotNull();
            Matcher real = MESSAGE.matcher(e.getMessage());
            assertThat(real.matches()).as("real message '%s' has the documented form", e.getMessage()).isTrue();
            assertThat(real.group("file")).isEqualTo("flaky.yaml");
            assertThat(real.group("field")).as("field of '%s' (documented: '%s')", e.getMessage(), doc)
                    .startsWith(d.group("field"));
            assertThat(real.group("problem")).as("problem of the real message (documented: '%s')", doc)
                    .matches(asPattern(d.group("problem")));
        }));
    }

    /**
     * The docs' flaky example broken as a documented message describes: an unknown documented error name
     * replaces {@code server-error}; an unknown field is added to the first step. Null when the field the
     * page calls unknown is one the code accepts.
     */
    private static String brokenFlaky(String flaky, String problem) {
        Matcher unknownError = Pattern.compile("unknown documented error '([^']+)'").matcher(problem);
        if (unknownError.find()) {
            return flaky.replace("error: server-error", "error: " + unknownError.group(1));
        }
        Matcher unknownField = Pattern.compile("unknown field '([^']+)'").matcher(problem);
        if (unknownField.find()) {
            String field = unknownField.group(1);
            String broken = flaky.replace("    times: 2\n", "    " + field + ": reset\n    times: 2\n");
            try {
                ScenarioFiles.parse("flaky.yaml", broken);
                return null;
            } catch (InvalidFileException e) {
                return e.getMessage().contains("'" + field + "'") ? broken : null;
            }
        }
        throw new AssertionError("no way to reproduce the documented problem '" + problem + "'");
    }

    /** The documented problem as a regex: {@code [...]} stands for any list. */
    private static String asPattern(String documented) {
        return Pattern.quote(documented).replace("[...]", "\\E\\[.*]\\Q");
    }

    private static String flakyExample() throws IOException {
        return examples().stream()
                .filter(e -> e.language().equals("yaml") && e.text().startsWith("name: flaky\n"))
                .findFirst().orElseThrow(() -> new AssertionError("no 'name: flaky' YAML example in " + PAGE))
                .text();
    }

    private static List<String> loadingFilesErrorExamples() throws IOException {
        String page = page();
        int start = page.indexOf("\n## Loading files");
        assertThat(start).as("section 'Loading files' in %s", PAGE).isPositive();
        int end = page.indexOf("\n## ", start + 1);
        Matcher block = PLAIN_BLOCK.matcher(page.substring(start, end < 0 ? page.length() : end));
        assertThat(block.find()).as("a plain ``` block in 'Loading files'").isTrue();
        return block.group(1).lines().filter(l -> !l.isBlank()).toList();
    }

    private static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        Matcher m = CODE_BLOCK.matcher(page());
        while (m.find()) {
            examples.add(new Example(examples.size() + 1, m.group(1), m.group(2)));
        }
        return examples;
    }

    private static String page() throws IOException {
        assertThat(PAGE).as("the docs page, relative to %s", Path.of("").toAbsolutePath()).isRegularFile();
        return Files.readString(PAGE, StandardCharsets.UTF_8);
    }
}
