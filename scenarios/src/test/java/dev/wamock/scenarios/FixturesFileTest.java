package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures files: {@code mode: extend} adds, the default mode replaces, a bad file says where and why. */
class FixturesFileTest {
    private static final String ONE_NUMBER = """
            numbers:
              - id: "100000000000001"
                display_phone_number: "+1 555-010-0001"
                status: CONNECTED
                quality_rating: RED
            """;

    @TempDir
    Path dir;

    @Test
    void aFileWithoutModeReplacesTheDefaults() throws IOException {
        Fixtures loaded = Fixtures.load(write("numbers.yaml", ONE_NUMBER), Fixtures.defaults());

        assertThat(loaded.all()).extracting(AccountNumber::id).containsExactly("100000000000001");
        assertThat(loaded.find("100000000000001").orElseThrow().qualityRating()).isEqualTo(QualityRating.RED);
        assertThat(loaded.find("106540352242922")).isEmpty();
    }

    @Test
    void modeExtendAddsToTheDefaults() throws IOException {
        Fixtures loaded = Fixtures.load(write("more.yml", "mode: extend\n" + ONE_NUMBER), Fixtures.defaults());

        assertThat(loaded.size()).isEqualTo(Fixtures.defaults().size() + 1);
        assertThat(loaded.all()).containsAll(Fixtures.defaults().all());
        assertThat(loaded.find("100000000000001")).isPresent();
    }

    @Test
    void aJsonFileIsReadToo() throws IOException {
        Path file = write("numbers.json", """
                {"mode": "extend", "numbers": [
                  {"id": "100000000000002", "display_phone_number": "+1 555-010-0002", "status": "FLAGGED"}]}""");

        assertThat(Fixtures.load(file, Fixtures.defaults()).find("100000000000002").orElseThrow().status())
                .isEqualTo(NumberStatus.FLAGGED);
    }

    @Test
    void anUnknownFieldIsRejectedWithFileLineAndSuggestion() throws IOException {
        InvalidFileException e = invalid("typo.yaml", ONE_NUMBER.replace("quality_rating", "qualty_rating"));

        assertThat(e.getMessage()).containsPattern("typo\\.yaml:\\d+:\\d+: ")
                .contains("qualty_rating").contains("did you mean 'quality_rating'?");
        assertThat(e.line()).isPositive();
        assertThat(e.field()).isEqualTo("numbers[0].qualty_rating");
    }

    @Test
    void anUnknownFieldIsReportedAtItsOwnLine() throws IOException {
        String content = ONE_NUMBER.replace("status: CONNECTED", "statuss: CONNECTED\n    status: CONNECTED");
        InvalidFileException e = invalid("line.yaml", content);

        assertThat(e.getMessage()).contains("line.yaml:4:");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void aBadEnumValueIsRejectedWithFileLineAndSuggestion() throws IOException {
        InvalidFileException e = invalid("status.yaml", ONE_NUMBER.replace("status: CONNECTED", "status: CONECTED"));

        assertThat(e.getMessage()).contains("status.yaml:4:")
                .contains("'CONECTED' is not allowed").contains("did you mean 'CONNECTED'?")
                .contains("RESTRICTED");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.field()).isEqualTo("numbers[0].status");
    }

    @Test
    void aFileWithoutNumbersIsRejectedWithFileAndLine() throws IOException {
        InvalidFileException e = invalid("empty.yaml", "mode: extend\n");

        assertThat(e.getMessage()).startsWith(dir.resolve("empty.yaml") + ":1:").contains("'numbers'");
        assertThat(e.file()).endsWith("empty.yaml");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void aNonNumericIdIsRejectedWithFileAndLine() throws IOException {
        InvalidFileException e = invalid("ids.yaml", ONE_NUMBER.replace("\"100000000000001\"", "\"abc\""));

        assertThat(e.getMessage()).contains("ids.yaml:").contains("id must be numeric").contains("'abc'");
        assertThat(e.line()).isPositive();
    }

    @Test
    void aNumbersWabaIdIsReadAndANumberWithoutOneBelongsToTheDefaultAccount() throws IOException {
        Fixtures loaded = Fixtures.load(write("accounts.yaml", ONE_NUMBER + """
                  - id: "100000000000002"
                    waba_id: "100000000000900"
                    display_phone_number: "+1 555-010-0002"
                    status: PENDING
                """), Fixtures.defaults());

        assertThat(loaded.find("100000000000001").orElseThrow().wabaId()).isEqualTo(AccountNumber.DEFAULT_WABA_ID);
        assertThat(loaded.ofAccount("100000000000900")).extracting(AccountNumber::id).containsExactly("100000000000002");
    }

    @Test
    void aNonNumericWabaIdIsRejectedWithFileLineAndTheRule() throws IOException {
        InvalidFileException e = invalid("waba.yaml", ONE_NUMBER.replace("    status: CONNECTED",
                "    waba_id: \"acme\"\n    status: CONNECTED"));

        assertThat(e.getMessage()).contains("waba.yaml:").contains("waba_id must be numeric").contains("'acme'")
                .contains("leave it out");
        assertThat(e.line()).isPositive();
    }

    private InvalidFileException invalid(String name, String content) throws IOException {
        Path file = write(name, content);
        InvalidFileException e = catchThrowableOfType(InvalidFileException.class,
                () -> Fixtures.load(file, Fixtures.defaults()));
        assertThat(e).as("loading %s should fail", name).isNotNull();
        assertThat(e.getMessage()).contains(name);
        return e;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
