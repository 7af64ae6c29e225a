package dev.wamock.scenarios.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.wamock.scenarios.InvalidFileException;
import dev.wamock.scenarios.ScenarioFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Main-code bugs the parser fuzz found, one reproduction each, kept so they stay fixed
 * (docs/reliability.md, "Bugs found").
 */
class ParserRegressionsTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', value = {"f.yaml|'---\n'", "f.yaml|'null\n'", "f.yaml|'--- \n...\n'", "f.json|null"})
    void aDocumentThatReadsAsNullIsRefusedAsAnEmptyFile(String fileName, String text) {
        Throwable thrown = catchThrowable(() -> ScenarioFiles.parse(fileName, text.translateEscapes()));

        assertThat(thrown).isInstanceOf(InvalidFileException.class);
        assertThat(thrown.getMessage()).matches(java.util.regex.Pattern.quote(fileName) + ":\\d+:\\d+: \\S.*");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"name: - - -\n", "name: x\nsteps:\n\"name\"  - when: 1\n"})
    void aYamlScannerErrorStatesTheProblemWhereTheScannerFoundIt(String text) {
        Throwable thrown = catchThrowable(() -> ScenarioFiles.parse("f.yaml", text));

        assertThat(thrown).isInstanceOf(InvalidFileException.class);
        InvalidFileException e = (InvalidFileException) thrown;
        assertThat(e.getMessage()).as("the problem after the position")
                .matches("f\\.yaml:\\d+:\\d+: \\S.*").contains("sequence entries are not allowed here");
        assertThat(e.line()).as("line of the offending '-'").isEqualTo(text.split("\n").length);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', value = {"f.yaml|'name: a\nsteps:\n  -\n'", "f.json|'{\"name\":\"a\",\"steps\":[null]}'"})
    void anEmptyStepIsRefusedWithItsFieldAndWhatIsWrong(String fileName, String text) {
        Throwable thrown = catchThrowable(() -> ScenarioFiles.parse(fileName, text.translateEscapes()));

        assertThat(thrown).isInstanceOf(InvalidFileException.class);
        assertThat(((InvalidFileException) thrown).field()).isEqualTo("steps[0]");
        assertThat(thrown.getMessage()).doesNotContain("NullPointerException");
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', value = {"f.yaml|'scenarios:\n  -\n'", "f.json|'{\"scenarios\":[null]}'"})
    void anEmptyScenarioInAListIsRefusedWithItsFieldAndWhatIsWrong(String fileName, String text) {
        Throwable thrown = catchThrowable(() -> ScenarioFiles.parse(fileName, text.translateEscapes()));

        assertThat(thrown).isInstanceOf(InvalidFileException.class);
        assertThat(((InvalidFileException) thrown).field()).isEqualTo("scenarios[0]");
        assertThat(thrown.getMessage()).doesNotContain("NullPointerException");
    }
}
