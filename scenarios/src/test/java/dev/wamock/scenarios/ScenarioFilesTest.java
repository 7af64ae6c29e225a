package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario files as users write them: a malformed file is rejected whole, and the message names the
 * file, the line (and column) and, where there is one, the field — one test per kind of mistake.
 */
class ScenarioFilesTest {
    /** The first example of docs/scenarios.md. */
    private static final String FLAKY = """
            name: flaky
            description: Two transient 500s, then 200s
            steps:
              - error: server-error
                times: 2
              - pass: true
            """;

    @TempDir
    Path dir;

    @Test
    void aYamlSyntaxErrorNamesFileAndLine() throws IOException {
        InvalidFileException e = invalid("syntax.yaml", """
                name: flaky
                steps:
                  - label: first
                     times: 2
                """);

        assertThat(e.getMessage()).startsWith(dir.resolve("syntax.yaml") + ":4:");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isPositive();
    }

    @Test
    void anUnclosedQuoteNamesFileAndTheLineWhereTheScalarStarts() throws IOException {
        InvalidFileException e = invalid("quote.yaml", """
                name: flaky
                steps:
                  - error: 'server-error
                """);

        assertThat(e.getMessage()).startsWith(dir.resolve("quote.yaml") + ":3:").contains("quoted scalar");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void anUnknownKeyInAStepIsAnUnknownFieldWithTheValidFieldsListed() throws IOException {
        InvalidFileException e = invalid("kind.yaml", FLAKY.replace("    times: 2\n", "    crash: true\n    times: 2\n"));

        assertThat(e.getMessage()).startsWith(dir.resolve("kind.yaml") + ":5:5: field 'steps[0].crash': ")
                .contains("unknown field 'crash'")
                .containsPattern("valid fields: \\[[^]]*\\berror\\b[^]]*\\bpass\\b[^]]*\\bstate\\b[^]]*\\btimes\\b[^]]*]");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("steps[0].crash");
    }

    @Test
    void aStepWhoseOnlyKeyIsUnknownNamesThatKey() throws IOException {
        InvalidFileException e = invalid("only.yaml", """
                name: flaky
                steps:
                  - crash: true
                """);

        assertThat(e.getMessage()).contains("unknown field 'crash'").contains("valid fields: [");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("steps[0].crash");
    }

    @Test
    void anUnknownErrorNameSuggestsTheClosestDocumentedOne() throws IOException {
        InvalidFileException e = invalid("flaky.yaml", FLAKY.replace("server-error", "server-eror"));

        assertThat(e.getMessage()).matches("\\Q" + dir.resolve("flaky.yaml") + "\\E:\\d+:\\d+: field 'steps\\[0].error': .*")
                .contains("unknown documented error 'server-eror'")
                .contains("did you mean 'server-error'?")
                .contains("valid names: [").contains("rate-limited");
        assertThat(e.line()).isPositive();
        assertThat(e.field()).isEqualTo("steps[0].error");
    }

    @Test
    void anUnknownErrorNamePointsAtItsOwnLineAndColumn() throws IOException {
        InvalidFileException e = invalid("flaky.yaml", FLAKY.replace("server-error", "server-eror"));

        assertThat(e.getMessage()).startsWith(dir.resolve("flaky.yaml") + ":4:12: ");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheFieldAndTheValue() throws IOException {
        InvalidFileException e = invalid("type.yaml", FLAKY.replace("times: 2", "times: \"two\""));

        assertThat(e.getMessage()).startsWith(dir.resolve("type.yaml") + ":5:12: field 'steps[0].times': ")
                .contains("\"two\"");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("steps[0].times");
    }

    @Test
    void aBadEnumValueListsTheAllowedOnes() throws IOException {
        InvalidFileException e = invalid("scope.yaml", FLAKY.replace("    times: 2\n", "    times: 2\n    scope: tokn\n"));

        assertThat(e.getMessage()).startsWith(dir.resolve("scope.yaml") + ":6:")
                .contains("field 'steps[0].scope'").contains("'tokn' is not allowed").contains("TOKEN");
        assertThat(e.line()).isEqualTo(6);
    }

    @Test
    void aScenarioWithoutStepsIsRejected() throws IOException {
        InvalidFileException e = invalid("nosteps.yaml", """
                name: flaky
                description: nothing to do
                """);

        assertThat(e.getMessage()).startsWith(dir.resolve("nosteps.yaml") + ":").contains("'flaky'")
                .contains("needs at least one step");
        assertThat(e.line()).isPositive();
    }

    @Test
    void anEmptyStepListIsRejected() throws IOException {
        InvalidFileException e = invalid("empty-steps.yaml", "name: flaky\nsteps: []\n");

        assertThat(e.getMessage()).contains("empty-steps.yaml:").contains("needs at least one step");
        assertThat(e.line()).isPositive();
    }

    @Test
    void anEmptyFileIsRejectedAtItsFirstLine() throws IOException {
        InvalidFileException e = invalid("blank.yaml", "\n");

        assertThat(e.getMessage()).startsWith(dir.resolve("blank.yaml") + ":1:1: ").contains("empty");
    }

    @Test
    void aNameDefinedInTwoFilesOfADirectoryNamesBothFiles() throws IOException {
        write("a.yaml", "name: twice\nsteps:\n  - pass: true\n");
        write("b.yaml", "description: again\nname: twice\nsteps:\n  - error: server-error\n");

        InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> ScenarioFiles.load(dir));

        assertThat(e).as("loading a directory defining 'twice' twice should fail").isNotNull();
        assertThat(e.getMessage()).startsWith(dir.resolve("b.yaml") + ":")
                .contains("'twice'").contains("already defined in " + dir.resolve("a.yaml"));
        assertThat(e.field()).isEqualTo("name");
    }

    @Test
    void aNameDefinedInTwoFilesIsReportedAtTheLineOfTheSecondName() throws IOException {
        write("a.yaml", "name: twice\nsteps:\n  - pass: true\n");
        write("b.yaml", "description: again\nname: twice\nsteps:\n  - error: server-error\n");

        InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> ScenarioFiles.load(dir));

        assertThat(e.getMessage()).startsWith(dir.resolve("b.yaml") + ":2:");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void aJsonSyntaxErrorNamesFileAndLine() throws IOException {
        InvalidFileException e = invalid("syntax.json", """
                {
                  "name": "flaky",
                  "steps": [
                    { "error": "server-error", "times": 2 }
                    { "pass": true }
                  ]
                }
                """);

        assertThat(e.getMessage()).startsWith(dir.resolve("syntax.json") + ":5:");
        assertThat(e.line()).isEqualTo(5);
    }

    @Test
    void aJsonFileWithAnUnknownFieldNamesFileLineAndField() throws IOException {
        InvalidFileException e = invalid("kind.json", """
                {
                  "name": "flaky",
                  "steps": [
                    { "error": "server-error",
                      "crash": true,
                      "times": 2 }
                  ]
                }
                """);

        assertThat(e.getMessage()).startsWith(dir.resolve("kind.json") + ":5:")
                .contains("field 'steps[0].crash'").contains("unknown field 'crash'").contains("valid fields: [");
        assertThat(e.line()).isEqualTo(5);
    }

    @Test
    void aJsonFileWithAnUnknownErrorNameSuggestsTheClosestOne() throws IOException {
        InvalidFileException e = invalid("typo.json", """
                {
                  "name": "flaky",
                  "steps": [
                    { "error": "rate-limted", "times": 2 }
                  ]
                }
                """);

        assertThat(e.getMessage()).startsWith(dir.resolve("typo.json") + ":4:")
                .contains("field 'steps[0].error'").contains("did you mean 'rate-limited'?");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void aJsonValueOfTheWrongTypeNamesTheField() throws IOException {
        InvalidFileException e = invalid("type.json", """
                {"name": "flaky",
                 "steps": [{"error": "server-error", "times": "two"}]}
                """);

        assertThat(e.getMessage()).startsWith(dir.resolve("type.json") + ":2:")
                .contains("field 'steps[0].times'").contains("\"two\"");
    }

    @Test
    void aDirectoryWithOneBadFileLoadsNothing() throws IOException {
        write("a-good.yaml", FLAKY);
        write("b-bad.yaml", FLAKY.replace("server-error", "server-eror").replace("name: flaky", "name: other"));

        InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> ScenarioFiles.load(dir));

        assertThat(e).as("a directory with a bad file must not load").isNotNull();
        assertThat(e.file()).isEqualTo(dir.resolve("b-bad.yaml").toString());
        assertThatCode(() -> ScenarioFiles.load(dir.resolve("a-good.yaml"))).as("the good file alone")
                .doesNotThrowAnyException();
    }

    @Test
    void aFileWhoseSecondScenarioIsBadLoadsNothing() throws IOException {
        InvalidFileException e = invalid("two.yaml", """
                scenarios:
                  - name: fine
                    steps:
                      - pass: true
                  - name: broken
                    steps:
                      - error: server-eror
                """);

        assertThat(e.getMessage()).contains("field 'scenarios[1].steps[0].error'").contains("'server-eror'");
    }

    @Test
    void aScenariosListLoadsEveryScenarioWithoutSpellingOutCycle() throws IOException {
        Path file = write("list.yaml", """
                scenarios:
                  - name: first
                    steps:
                      - pass: true
                  - name: second
                    steps:
                      - error: rate-limited
                """);

        assertThat(ScenarioFiles.load(file)).extracting(Scenario::name).containsExactly("first", "second");
    }

    @Test
    void aDirectoryWithAYamlAndAJsonFileLoadsBothSortedByFileName() throws IOException {
        write("b-from-yaml.yaml", "name: from-yaml\nsteps:\n  - error: rate-limited\n    times: 1\n");
        write("a-from-json.json", "{\"name\": \"from-json\", \"steps\": [{\"state\": {\"quality_rating\": \"RED\"}}]}");
        write("c-from-yml.yml", "name: from-yml\nsteps:\n  - pass: true\n");
        write("notes.txt", "not a scenario: [");

        var loaded = ScenarioFiles.load(dir);

        assertThat(loaded).extracting(Scenario::name).containsExactly("from-json", "from-yaml", "from-yml");
        assertThat(loaded.get(0).steps().get(0).answer()).isInstanceOf(Answer.State.class);
        assertThat(loaded.get(1).steps().get(0).times()).isEqualTo(1);
    }

    @Test
    void aMissingPathIsRejectedNamingIt() {
        Path nowhere = dir.resolve("missing.yaml");

        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> ScenarioFiles.load(nowhere)))
                .hasMessageContaining(nowhere.toString());
    }

    private InvalidFileException invalid(String name, String content) throws IOException {
        Path file = write(name, content);
        InvalidFileException e = catchThrowableOfType(InvalidFileException.class, () -> ScenarioFiles.load(file));
        assertThat(e).as("loading %s should fail", name).isNotNull();
        assertThat(e.file()).isEqualTo(file.toString());
        return e;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
