package dev.wamock.server.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;

class DraftPackingTest {

    /** As the journal's map of them was built: each name (as spelled) once, in the order first set, values joined. */
    @Test
    void responseHeadersArePackedByNameWithRepeatedValuesJoined() {
        HttpFields.Mutable fields = HttpFields.build();
        fields.add("Content-Type", "application/json;charset=utf-8");
        for (int i = 0; i < 20; i++) { // more than the first array holds
            fields.add("x-h" + (i % 7), "v" + i);
        }
        fields.add("X-H1", "other case");
        fields.add("x-fb-rev", "1029384756");
        Map<String, String> expected = new LinkedHashMap<>();
        for (HttpField field : fields) {
            expected.merge(field.getName(), field.getValue(), (first, next) -> first + ", " + next);
        }
        PackedTextWriter w = PackedTextWriter.reused();

        DraftPacking.responseHeaders(fields, w);

        Map<String, String> read = new PackedTexts.Reader(w.bytes()).map();
        assertThat(read).containsExactlyEntriesOf(expected);
        assertThat(read.get("x-h1")).isEqualTo("v1, v8, v15");
        assertThat(read.get("X-H1")).isEqualTo("other case");
    }

    @Test
    void noResponseHeadersPackAsAnEmptyMap() {
        PackedTextWriter w = PackedTextWriter.reused();

        DraftPacking.responseHeaders(HttpFields.build(), w);

        assertThat(new PackedTexts.Reader(w.bytes()).map()).isEmpty();
    }

    /** An ASCII body is copied into the entry as it is, unless a token shows in it: the same text as decoding it gives. */
    @Test
    void anAsciiBodyIsPackedAsTheTextItDecodesTo() {
        Redaction redaction = new Redaction(List.of("fake-token-1234", "tok en+/\u00e91234"));
        String[] bodies = {"{\"id\":\"1\"}", "", "a\0b\u007f", "*/*", "GET",
                "{\"next\":\"?access_token=fake-token-1234\"}", "{\"next\":\"?access_token=tok%20en%2B%2F%C3%A91234\"}",
                "{\"almost\":\"fake-token-123\"}"};
        for (String body : bodies) {
            byte[] sent = body.getBytes(StandardCharsets.UTF_8);
            assertThat(redaction.foundIn(sent)).as(body).isEqualTo(!redaction.text(body).equals(body));
            PackedTextWriter w = PackedTextWriter.reused();
            w.ascii(sent);
            assertThat(new PackedTexts.Reader(w.bytes()).text()).isEqualTo(DraftPacking.body(sent));
        }
    }

    /** The journal keeps 64 Ki characters of a body (characters, not bytes) and counts the rest. */
    @Test
    void aBodyPastTheLimitIsCutAtItsCharacters() {
        String ascii = "x".repeat(JournalWriter.MAX_BODY_CHARS);
        String wide = "\u00e9\u2603".repeat(JournalWriter.MAX_BODY_CHARS / 2 + 5);

        assertThat(DraftPacking.body(ascii.getBytes(StandardCharsets.UTF_8))).isEqualTo(ascii);
        assertThat(DraftPacking.body((ascii + "yz").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ascii + "\u2026[2 more characters]");
        assertThat(DraftPacking.body(wide.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(wide.substring(0, JournalWriter.MAX_BODY_CHARS) + "\u2026[10 more characters]");
    }
}
