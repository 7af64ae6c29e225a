package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default set, read field by field for a fast start, is what the strict file reader makes of it. */
class DefaultFixturesTest {
    @Test
    void theDefaultsEqualTheStrictReadingOfTheShippedFile() throws IOException {
        String text;
        try (InputStream in = Fixtures.class.getResourceAsStream(Fixtures.DEFAULTS_RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        Fixtures strict = Fixtures.parse(Fixtures.DEFAULTS_RESOURCE, text, Fixtures.of(List.of()));

        assertThat(Fixtures.defaults().all()).isNotEmpty().containsExactlyElementsOf(strict.all());
    }
}
