package dev.wamock.scenarios.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Durations as scenario files write them: {@code 250ms}, {@code 2s}, {@code 1.5s}, {@code 10m}, {@code 1h}. */
class DurationsTest {

    @ParameterizedTest(name = "''{0}'' is {1} ms")
    @CsvSource({
        "250ms, 250",
        "0ms, 0",
        "2s, 2000",
        "1.5s, 1500",
        "0.25s, 250",
        "10m, 600000",
        "1h, 3600000",
        "' 2s ', 2000",
        "2 s, 2000",
    })
    void aDurationIsANumberAndAUnit(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"2", "ms", "-1s", "1d", "1 hour", "1e3ms", "2s3", "PT2S"})
    void anythingElseIsRefusedWithExamplesOfWhatIsAccepted(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse(text))
                .withMessageContaining("is not a duration")
                .withMessageContaining("250ms, 2s, 1.5s, 10m or 1h");
    }

    @ParameterizedTest(name = "{0} ms is written ''{1}''")
    @CsvSource({
        "100, 100ms",
        "1500, 1500ms",
        "2000, 2s",
        "90000, 90s",
        "600000, 10m",
        "3600000, 1h",
        "5400000, 90m",
        "0, 0ms",
    })
    void formatWritesTheLargestExactUnit(long millis, String text) {
        assertThat(Durations.format(Duration.ofMillis(millis))).isEqualTo(text);
    }

    @ParameterizedTest(name = "''{0}'' survives format(parse(…))")
    @ValueSource(strings = {"1ms", "250ms", "1500ms", "2s", "59s", "10m", "1h", "25h"})
    void whatFormatWritesParsesBackToTheSameDuration(String text) {
        Duration d = Durations.parse(text);

        assertThat(Durations.format(d)).isEqualTo(text);
        assertThat(Durations.parse(Durations.format(d))).isEqualTo(d);
    }
}
