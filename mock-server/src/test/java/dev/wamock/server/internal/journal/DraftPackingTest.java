package dev.wamock.server.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
        PackedTexts.Writer w = PackedTexts.Writer.reused();

        DraftPacking.responseHeaders(fields, w);

        Map<String, String> read = new PackedTexts.Reader(w.bytes()).map();
        assertThat(read).containsExactlyEntriesOf(expected);
        assertThat(read.get("x-h1")).isEqualTo("v1, v8, v15");
        assertThat(read.get("X-H1")).isEqualTo("other case");
    }

    @Test
    void noResponseHeadersPackAsAnEmptyMap() {
        PackedTexts.Writer w = PackedTexts.Writer.reused();

        DraftPacking.responseHeaders(HttpFields.build(), w);

        assertThat(new PackedTexts.Reader(w.bytes()).map()).isEmpty();
    }
}
