package dev.wamock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

/** A failing test's journal as an HTML timeline in the reports folder, its path in the failure; none for a pass. */
class HtmlReportTest {
    private static final Pattern HTML_LINE = Pattern.compile("\\RHTML timeline: (.+)$");

    @TempDir
    Path reports;

    @Test
    void aFailingTestWritesItsJournalAsHtmlAndTheFailureNamesTheFile() throws IOException {
        Throwable failure = Engine.onlyFailure(run(FailsAfterThreeRequests.class, reports.toString()));

        Path file = htmlFile(failure.getSuppressed()[0].getMessage());
        assertThat(file).isAbsolute().exists()
                .isEqualTo(reports.resolve(FailsAfterThreeRequests.class.getName() + ".expectsAThirdError.html"));
        String html = Files.readString(file);
        assertThat(Pattern.compile("<tr data-seq=\"\\d\"").matcher(html).results().count()).isEqualTo(3);
        assertThat(html).contains("<title>" + FailsAfterThreeRequests.class.getName() + ".expectsAThirdError",
                "org.opentest4j.AssertionFailedError: \nexpected: 500\n but was: 200", "active scenario &#39;transient-then-ok&#39;",
                "<td class=\"wr-status\">500</td><td>2</td><td>transient-then-ok step 0</td>");
    }

    @Test
    void theDefaultFolderIsTargetSurefireReportsWamockOfTheWorkingDirectory() {
        Throwable failure = Engine.onlyFailure(Engine.run(FailsAfterThreeRequests.class));

        assertThat(htmlFile(failure.getSuppressed()[0].getMessage())).exists().isEqualTo(Path.of("target",
                "surefire-reports", "wamock", FailsAfterThreeRequests.class.getName() + ".expectsAThirdError.html")
                .toAbsolutePath());
    }

    @Test
    void aPassingTestWritesNoFile() throws IOException {
        assertThat(run(Passes.class, reports.toString()).testEvents().succeeded().count()).isEqualTo(1);

        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void everyFailingInvocationOfAMethodGetsAFileOfItsOwn() throws IOException {
        List<Throwable> failures = Engine.failures(run(EveryInvocationFails.class, reports.toString()));

        String base = EveryInvocationFails.class.getName() + ".fails";
        assertThat(failures).extracting(f -> htmlFile(f.getSuppressed()[0].getMessage()).getFileName().toString())
                .containsExactly(base + ".html", base + "-2.html", base + "-3.html");
        // JUnit 6 quotes a string argument in the display name ([3] "c"), JUnit 5 does not ([3] c)
        assertThat(Files.readString(reports.resolve(base + "-3.html")))
                .containsPattern("\\.fails \\(\\[3] (&quot;)?c(&quot;)?\\): wamock journal of http://127\\.0\\.0\\.1:");
    }

    @Test
    void aFolderThatCannotBeWrittenIsANoteAndTheFailureStaysTheTestsOwn() throws IOException {
        Path notAFolder = Files.writeString(reports.resolve("a-file"), "");

        Throwable failure = Engine.onlyFailure(run(FailsAfterThreeRequests.class, notAFolder.toString()));

        assertThat(failure).isInstanceOf(AssertionFailedError.class).hasMessageContaining("expected: 500");
        assertThat(failure.getSuppressed()[0].getMessage()).contains("#3 GET /v23.0/" + Http.NUMBER + " → 200")
                .containsPattern("\\RHTML timeline not written to " + Pattern.quote(notAFolder.toString()) + "/\\S+\\.html: "
                        + "java\\.nio\\.file\\.FileAlreadyExistsException: .* \\(the folder comes from wamock\\.reports\\.dir="
                        + Pattern.quote(notAFolder.toString()) + "\\)$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "NONE"})
    void noneWritesNoFileAndNoLine(String setting) {
        Throwable failure = Engine.onlyFailure(run(FailsAfterThreeRequests.class, setting));

        assertThat(failure.getSuppressed()[0].getMessage()).doesNotContain("HTML timeline").endsWith("answered 1");
        assertThat(Path.of(setting)).doesNotExist();
    }

    private static org.junit.platform.testkit.engine.EngineExecutionResults run(Class<?> fixture, String dir) {
        return Engine.run(fixture, Map.of("wamock.reports.dir", dir));
    }

    static Path htmlFile(String report) {
        Matcher m = HTML_LINE.matcher(report);
        assertThat(m.find()).as("an HTML timeline line in%n%s", report).isTrue();
        return Path.of(m.group(1));
    }

    @EngineFixture
    @WamockTest
    static class FailsAfterThreeRequests {
        @org.junit.jupiter.api.Test
        @WamockScenario("transient-then-ok")
        void expectsAThirdError(WamockHandle wamock) {
            Http.to(wamock).number();
            Http.to(wamock).number();
            assertThat(Http.to(wamock).number().status()).isEqualTo(500);
        }
    }

    @EngineFixture
    @WamockTest
    static class Passes {
        @org.junit.jupiter.api.Test
        void oneRequest(WamockHandle wamock) {
            assertThat(Http.to(wamock).number().status()).isEqualTo(200);
        }
    }

    @EngineFixture
    @WamockTest
    static class EveryInvocationFails {
        @ParameterizedTest
        @ValueSource(strings = {"a", "b", "c"})
        void fails(String value, WamockHandle wamock) {
            assertThat(Http.to(wamock).number().status()).as(value).isEqualTo(418);
        }
    }
}
