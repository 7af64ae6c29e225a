package dev.wamock.server.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The endpoint's version and ID checks, written as loops, accept exactly what their former regular expressions did. */
class PathChecksTest {
    private static final Pattern VERSION = Pattern.compile("v\\d{1,2}\\.\\d{1,2}");
    private static final Pattern NUMERIC_ID = Pattern.compile("\\d{1,32}");

    @Test
    void theChecksAgreeWithTheRegularExpressionsOnEdgeCasesAndRandomSegments() {
        List<String> samples = new ArrayList<>(List.of("", "v", "v.", "v1.", "v.1", "v1.2", "v23.0", "v99.99", "v100.0",
                "v1.100", "V1.2", "v1.2.3", "v1,2", "v١.٢", "v1.2\n", " v1.2", "1.2", "vv1.2", "0", "1", "12345678901234567890123456789012",
                "123456789012345678901234567890123", "12a", "-1", "+1", "١٢٣", "1 ", "106540352242922"));
        Random random = new Random(22);
        String alphabet = "v0123456789.a ١";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(s.toString());
        }
        for (String s : samples) {
            assertThat(AccountHandler.isVersion(s)).as("version %s", s).isEqualTo(VERSION.matcher(s).matches());
            assertThat(AccountHandler.digits(s, 0, s.length(), 32)).as("id %s", s)
                    .isEqualTo(NUMERIC_ID.matcher(s).matches());
        }
    }
}
