package dev.wamock.server.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Profile;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows 1 and 3, docs/fidelity.md "Expired versions": graph-observed serves a version expired on the session
 * clock's date with the oldest usable version and names it in {@code facebook-api-version}; documented echoes.
 * The expectations read the calendar file itself, so they hold on any date the build runs.
 */
class ExpiredVersionsTest extends BothProfiles {
    private static final String CALENDAR = "/dev/wamock/server/graph-versions.json";

    /** One row of the calendar file. */
    record Dated(String version, LocalDate introduced, LocalDate availableUntil) {
        boolean usableOn(LocalDate date) {
            return !date.isBefore(introduced) && (availableUntil == null || date.isBefore(availableUntil));
        }
    }

    @Test
    void theCalendarHasEveryVersionFromV2_0ToV26_0InOrderEachWithItsSources() {
        JsonNode file = calendarFile();
        List<String> expected = new ArrayList<>();
        IntStream.rangeClosed(0, 12).forEach(minor -> expected.add("v2." + minor));
        IntStream.rangeClosed(0, 3).forEach(minor -> expected.add("v3." + minor));
        IntStream.rangeClosed(4, 26).forEach(major -> expected.add("v" + major + ".0"));

        assertThat(calendar()).extracting(Dated::version).containsExactlyElementsOf(expected);
        for (int i = 0; i < calendar().size(); i++) {
            Dated v = calendar().get(i);
            JsonNode row = file.path("versions").get(i);
            assertThat(row.path("sources")).as("%s names the copies of the changelog its dates came from", v).isNotEmpty()
                    .allSatisfy(key -> assertThat(file.path("sources").has(key.asString())).as("source %s", key).isTrue());
            assertThat(v.availableUntil() != null || row.has("unsourced")).as("%s: a missing date is marked", v).isTrue();
            if (i > 0) {
                assertThat(v.introduced()).as("%s after %s", v, calendar().get(i - 1)).isAfter(calendar().get(i - 1).introduced());
            }
        }
        // spot checks against the changelog's table
        assertThat(calendar().get(0)).isEqualTo(new Dated("v2.0", LocalDate.of(2014, 4, 30), LocalDate.of(2016, 8, 8)));
        assertThat(find("v20.0")).isEqualTo(new Dated("v20.0", LocalDate.of(2024, 5, 21), LocalDate.of(2026, 9, 24)));
        assertThat(find("v23.0")).isEqualTo(new Dated("v23.0", LocalDate.of(2025, 5, 29), LocalDate.of(2027, 10, 8)));
    }

    @Test
    void aVersionExpiredTodayIsServedWithTheOldestUsableVersion() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String oldestUsable = oldestUsableOn(today);

        for (String expired : List.of("v2.0", "v3.2", "v12.0")) {
            Reply reply = OBSERVED.http().graph("/" + expired + "/" + Http.NUMBER);

            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            assertThat(reply.header("facebook-api-version")).as("%s on %s", expired, today).isEqualTo(oldestUsable);
        }
        assertThat(OBSERVED.http().graph("/" + oldestUsable + "/" + Http.NUMBER).header("facebook-api-version"))
                .as("a usable version is served as asked").isEqualTo(oldestUsable);
        assertThat(OBSERVED.http().graph("/v2.0/" + Http.NUMBER + "?fields=colour").header("facebook-api-version"))
                .as("errors name the serving version too").isEqualTo(oldestUsable);
    }

    @Test
    void aVersionExpiresWhenTheSessionClockIsAdvancedPastItsDate() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Dated version = calendar().stream().filter(v -> v.usableOn(today) && v.availableUntil() != null).findFirst()
                .orElseThrow(() -> new AssertionError("no version of " + CALENDAR + " expires after " + today
                        + ": add the newer versions and dates from Meta's Graph API changelog"));
        LocalDate dayAfter = version.availableUntil();
        try (WamockServer server = Fidelity.start(Profile.GRAPH_OBSERVED)) {
            String path = "/" + version.version() + "/" + Http.NUMBER;
            assertThat(Http.to(server).graph(path).header("facebook-api-version")).isEqualTo(version.version());

            server.clock().advance(Duration.between(Instant.now(), dayAfter.atStartOfDay(ZoneOffset.UTC).toInstant())
                    .plusHours(1));
            Reply reply = Http.to(server).graph(path);

            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            assertThat(reply.header("facebook-api-version")).as("%s on %s", version, dayAfter)
                    .isEqualTo(oldestUsableOn(dayAfter)).isNotEqualTo(version.version());
            assertThat(server.journal().entries()).last().extracting(e -> e.version())
                    .as("the journal keeps what the client asked for").isEqualTo(version.version());
        }
    }

    @Test
    void documentedServesAnExpiredVersionAsAsked() {
        Reply reply = DOCUMENTED.http().graph("/v2.0/" + Http.NUMBER);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("facebook-api-version")).isEqualTo("v2.0");
    }

    @Test
    void aLaterVersionIsServedAsAskedAndAnUnknownOneIsStillCode2500() {
        Reply later = OBSERVED.http().graph("/v30.0/" + Http.NUMBER);
        Reply unknown = OBSERVED.http().graph("/v2.80/" + Http.NUMBER);

        assertThat(later.status()).isEqualTo(200);
        assertThat(later.header("facebook-api-version")).isEqualTo("v30.0");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("error").path("code").asInt()).isEqualTo(2500);
    }

    /** docs/fidelity.md's Java example, line for line (the page's block is checked against this method's source). */
    @Test
    void thePagesExampleMovesTheDateThreeYearsOn() throws IOException {
        try (WamockServer server = Fidelity.start(Profile.GRAPH_OBSERVED)) {
            server.clock().advance(Duration.ofDays(3 * 365)); // three years on
            // GET /v23.0/{id} (usable until 2027-10-08) is now served with a newer version, named in facebook-api-version

            Reply reply = Http.to(server).number();
            assertThat(reply.header("facebook-api-version"))
                    .isEqualTo(oldestUsableOn(LocalDate.now(ZoneOffset.UTC).plusDays(3 * 365))).isNotEqualTo("v23.0");
        }
        String source = Files.readString(Path.of("src/test/java/dev/wamock/server/fidelity/ExpiredVersionsTest.java"));
        Matcher block = Pattern.compile("(?s)## Expired versions.*?```java\\n(.*?)```").matcher(Files.readString(FidelityPage.PAGE));
        assertThat(block.find()).as("docs/fidelity.md has a java block under 'Expired versions'").isTrue();
        assertThat(block.group(1).lines().map(String::strip).toList()).isNotEmpty().allSatisfy(line -> assertThat(source)
                .as("docs/fidelity.md's example line is this test's code").contains(line));
    }

    private static String oldestUsableOn(LocalDate date) {
        return calendar().stream().filter(v -> v.usableOn(date)).findFirst().orElseThrow().version();
    }

    private static Dated find(String version) {
        return calendar().stream().filter(v -> v.version().equals(version)).findFirst().orElseThrow();
    }

    private static List<Dated> calendar() {
        List<Dated> versions = new ArrayList<>();
        for (JsonNode v : calendarFile().path("versions")) {
            JsonNode until = v.path("availableUntil");
            versions.add(new Dated(v.path("version").asString(), LocalDate.parse(v.path("introduced").asString()),
                    until.isNull() ? null : LocalDate.parse(until.asString())));
        }
        return versions;
    }

    private static JsonNode calendarFile() {
        try (InputStream in = ExpiredVersionsTest.class.getResourceAsStream(CALENDAR)) {
            assertThat(in).as("%s on the class path", CALENDAR).isNotNull();
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
