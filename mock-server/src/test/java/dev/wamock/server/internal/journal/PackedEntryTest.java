package dev.wamock.server.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Effect;
import dev.wamock.scenarios.Fault;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.Outcome;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.TokenSource;
import dev.wamock.scenarios.WamockFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PackedEntryTest {

    @Test
    void aFullEntryUnpacksEqualToWhatWasPacked() {
        JournalEntry entry = JournalEntry.builder().seq(7).receivedAt(Instant.parse("2026-11-25T10:15:30.123456789Z"))
                .receivedNanos(123_456_789L).answeredNanos(124_000_000L).clockNanos(5_000_000_000L).method("GET")
                .path("/v23.0/106540352242922").query("fields=id,status&access_token=…Zq9x")
                .headers(Map.of("Authorization", "Bearer …k3Zq", "User-Agent", "client/1.0 (ünïcode)", "Accept", ""))
                .token("…k3Zq").tokenSource(TokenSource.HEADER).version("v23.0").numberId("106540352242922")
                .fields(List.of("id", "status", "")).profile(Profile.GRAPH_OBSERVED).scenario("transient-then-ok").step(0)
                .stepLabel("first").stepDescription("first: error server-error × 2").status(500).code(2).isTransient(true)
                .latencyMicros(1_234).outcome(Outcome.RESPONSE).responseHeaders(Map.of("x-app-usage", "{\"call_count\":1}"))
                .responseBody("{\"error\":{}}").requestBody("{\"to\":\"15550104821\",\"text\":{\"body\":\"ünï\"}}")
                .effects(List.of(Effect.delay(Duration.ofMillis(100)), Effect.fault(Fault.RESET)))
                .failure(new WamockFailure("java.lang.IllegalStateException", "boom", "at x")).build();

        assertThat(PackedEntry.of(entry, entry.seq()).unpack()).isEqualTo(entry);
    }

    @Test
    void nullsStayNullAndEmptiesStayEmpty() {
        JournalEntry entry = JournalEntry.builder().seq(1).method("TRACE").path("/").fields(List.of()).subcode(-1)
                .isTransient(false).outcome(Outcome.CUT_OFF).build();

        JournalEntry unpacked = PackedEntry.of(entry, entry.seq()).unpack();

        assertThat(unpacked).isEqualTo(entry);
        assertThat(unpacked.fields()).isEmpty();
        JournalEntry noFields = JournalEntry.builder().seq(2).method("GET").path("/").query("").status(200).build();
        assertThat(PackedEntry.of(noFields, noFields.seq()).unpack().fields()).isNull();
        assertThat(PackedEntry.of(noFields, noFields.seq()).unpack().query()).isEmpty();
        assertThat(PackedEntry.of(noFields, noFields.seq()).unpack().responseBody()).isNull();
    }

    /** Break 1 of issue 16: {@code \0} and {@code \1} were markers, so a field named "id\0" broke every read. */
    @Test
    void anyCharacterInAnyTextRoundTrips() {
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < 2_000; i++) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(text(random), text(random));
            headers.put(text(random), text(random));
            JournalEntry entry = JournalEntry.builder().seq(i + 1).method(text(random)).path(text(random))
                    .query(text(random)).headers(headers).token(text(random)).version(text(random))
                    .numberId(text(random)).fields(List.of(text(random), text(random))).scenario(text(random))
                    .stepLabel(text(random)).stepDescription(text(random)).responseBody(text(random))
                    .requestBody(text(random)).responseHeaders(Map.of(text(random), text(random))).status(200).build();

            assertThat(PackedEntry.of(entry, entry.seq()).unpack()).as("entry %d", i).isEqualTo(entry);
        }
    }

    /** What the ring holds per answered request: the texts every answer repeats take an index, not their characters. */
    @Test
    void anEndpointAnswerPacksItsRepeatedHeadersAsIndexes() {
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        responseHeaders.put("Content-Type", "application/json;charset=utf-8");
        dev.wamock.server.internal.graph.GraphResponses.headers("v23.0", "AXsgnV2Cm3ZMGF3dF_cfYIn",
                header -> responseHeaders.put(header.getName(), header.getValue()));
        String body = "{\"id\":\"106540352242922\",\"display_phone_number\":\"+1 555-010-4821\",\"status\":\"CONNECTED\"}";
        JournalEntry entry = JournalEntry.builder().seq(1).method("GET").path("/v23.0/106540352242922")
                .headers(Map.of("Host", "127.0.0.1:8080", "Authorization", "Bearer …oken")).token("…oken")
                .tokenSource(TokenSource.HEADER).version("v23.0").numberId("106540352242922").status(200)
                .outcome(Outcome.RESPONSE).responseHeaders(responseHeaders).responseBody(body).build();
        int characters = responseHeaders.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length()).sum()
                + body.length() + "GET/v23.0/106540352242922Host127.0.0.1:8080AuthorizationBearer …oken…okenv23.0106540352242922".length();

        PackedEntry packed = PackedEntry.of(entry, 1);

        assertThat(packed.unpack()).isEqualTo(entry);
        assertThat(packed.textBytes()).as("bytes for %d characters", characters).isLessThan(characters * 6 / 10); // 294 of 533
    }

    /** A map's count is written after its entries (the request's headers are packed without a map): past 127, it takes two bytes. */
    @Test
    void aMapOfMoreThan127EntriesKeepsEveryEntry() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            headers.put("X-Header-" + i, i % 2 == 0 ? "value " + i : "välüe ☃ " + i);
        }
        JournalEntry entry = JournalEntry.builder().seq(3).method("GET").path("/").headers(headers)
                .responseHeaders(Map.of("x-fb-rev", "1")).status(200).build();

        JournalEntry unpacked = PackedEntry.of(entry, entry.seq()).unpack();

        assertThat(unpacked).isEqualTo(entry);
        assertThat(unpacked.headers()).hasSize(300);
        assertThat(unpacked.responseHeaders()).containsExactly(Map.entry("x-fb-rev", "1"));
    }

    /** A text is written a byte a character until one is past Latin-1; it is then written again, two bytes each. */
    @Test
    void aTextThatLeavesLatin1AfterItsStartRoundTrips() {
        String longLatin1 = "{\"id\":\"1\",\"name\":\"Caf\u00e9 \u00fc\"}".repeat(40);
        for (String text : new String[] {"abc\u0100", "\u00ff\u0100\u00ff", longLatin1, longLatin1 + "\uD83D\uDE00",
                "\uD83D" + longLatin1, "a\0b" + "\uFFFF", "GET\u2028"}) {
            JournalEntry entry = JournalEntry.builder().seq(1).method(text).path(text).responseBody(text)
                    .headers(Map.of(text, text)).status(200).build();

            assertThat(PackedEntry.of(entry, 1).unpack()).as(text).isEqualTo(entry);
        }
    }

    /** Mostly the characters that were markers or are otherwise odd: NUL, SOH, surrogates, the last char. */
    private static String text(SplittableRandom random) {
        char[] odd = {'\0', '\1', '\2', '\n', '%', '&', '=', '\uD83D', '\uDE00', '\uFFFF', 'a', 'é'};
        char[] chars = new char[random.nextInt(0, 12)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = random.nextBoolean() ? odd[random.nextInt(odd.length)] : (char) random.nextInt(0, 0x10000);
        }
        return new String(chars);
    }
}
