package dev.wamock.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The shapes of a delay: what {@link Delay#sample} draws, over many draws. */
class DelayTest {
    private static final int DRAWS = 20_000;

    private static long[] millisOf(Delay delay, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] out = new long[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            out[i] = delay.sample(random).toNanos();
        }
        Arrays.sort(out);
        return out;
    }

    @Test
    void aFixedDelayIsAlwaysTheSame() {
        Delay delay = Delay.fixed(Duration.ofMillis(100));

        long[] draws = millisOf(delay, 1);

        assertThat(draws[0]).isEqualTo(draws[DRAWS - 1]).isEqualTo(Duration.ofMillis(100).toNanos());
    }

    @Test
    void aUniformDelayCoversItsRangeEvenly() {
        Delay delay = Delay.uniform(Duration.ofMillis(50), Duration.ofMillis(200));

        long[] draws = millisOf(delay, 2);

        long min = Duration.ofMillis(50).toNanos();
        long max = Duration.ofMillis(200).toNanos();
        assertThat(draws[0]).isGreaterThanOrEqualTo(min).isLessThan(min + Duration.ofMillis(1).toNanos());
        assertThat(draws[DRAWS - 1]).isLessThanOrEqualTo(max).isGreaterThan(max - Duration.ofMillis(1).toNanos());
        assertThat((double) draws[DRAWS / 2]).as("median").isCloseTo(125e6, within(3e6));
        assertThat((double) draws[DRAWS / 4]).as("first quartile").isCloseTo(87.5e6, within(3e6));
    }

    @Test
    void aLogNormalDelayCentresOnItsMedianWithAHeavyTailCutAtTheCap() {
        Delay delay = Delay.logNormal(Duration.ofMillis(80), 0.6, Duration.ofSeconds(2));

        long[] draws = millisOf(delay, 3);

        assertThat((double) draws[DRAWS / 2]).as("median").isCloseTo(80e6, within(80e6 * 0.05));
        // exp(0.6 * 1.2816) = 2.157: the 90th percentile of the shape
        assertThat((double) draws[DRAWS * 9 / 10]).as("p90").isCloseTo(80e6 * 2.157, within(80e6 * 2.157 * 0.07));
        assertThat(draws[DRAWS - 1]).as("max").isLessThanOrEqualTo(Duration.ofSeconds(2).toNanos());
        assertThat(draws[0]).as("min").isPositive();
    }

    @Test
    void theCapOfALogNormalDelayIsWhereTheTailPilesUp() {
        Delay delay = Delay.logNormal(Duration.ofMillis(100), 1.5, Duration.ofMillis(300));

        long[] draws = millisOf(delay, 4);

        long capped = Arrays.stream(draws).filter(d -> d == Duration.ofMillis(300).toNanos()).count();
        // P(Z > ln 3 / 1.5) = P(Z > 0.732) = 0.232
        assertThat(capped / (double) DRAWS).isCloseTo(0.232, within(0.02));
        assertThat(draws[DRAWS - 1]).isEqualTo(Duration.ofMillis(300).toNanos());
    }

    @Test
    void theSameSeedDrawsTheSameDelays() {
        Delay delay = Delay.logNormal(Duration.ofMillis(80), 0.6, Duration.ofSeconds(2));

        assertThat(millisOf(delay, 42)).isEqualTo(millisOf(delay, 42));
        assertThat(millisOf(delay, 42)).isNotEqualTo(millisOf(delay, 43));
    }

    @Test
    void aUniformDelayOfOneValueIsThatValue() {
        Delay delay = Delay.uniform(Duration.ofMillis(70), Duration.ofMillis(70));

        assertThat(delay.sample(new SplittableRandom(5))).isEqualTo(Duration.ofMillis(70));
    }

    @Test
    void aRangeTheWrongWayRoundOrANegativeDelayIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Delay.uniform(Duration.ofMillis(200), Duration.ofMillis(50)))
                .withMessageContaining("0 <= min <= max");
        assertThatIllegalArgumentException().isThrownBy(() -> Delay.fixed(Duration.ofMillis(-1)))
                .withMessageContaining("0 <= min <= max");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Delay.logNormal(Duration.ofSeconds(3), 0.6, Duration.ofSeconds(2)))
                .withMessageContaining("a log-normal delay needs cap >= median");
    }
}
