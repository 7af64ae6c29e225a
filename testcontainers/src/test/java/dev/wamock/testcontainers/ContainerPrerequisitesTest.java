package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.testcontainers.ContainerPrerequisites.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When the container tests run, skip or fail, decided against a machine this test makes up (no engine needed). */
class ContainerPrerequisitesTest {
    private static final String IMAGE = "wamock/wamock:test";
    private static final String RYUK = "testcontainers/ryuk:0.0.1";
    private static final Map<String, String> NO_RYUK = Map.of("TESTCONTAINERS_RYUK_DISABLED", "true");

    /** A made-up engine: whether it answers, the images it holds, whether a pull succeeds; it records pulls. */
    private static final class Host implements ContainerPrerequisites.DockerHost {
        final boolean answers;
        final Set<String> images;
        final boolean pullWorks;
        final List<Duration> pulls = new ArrayList<>();

        Host(boolean answers, Set<String> images, boolean pullWorks) {
            this.answers = answers;
            this.images = images;
            this.pullWorks = pullWorks;
        }

        @Override
        public boolean engineAnswers() {
            return answers;
        }

        @Override
        public boolean hasImage(String image) {
            return images.contains(image);
        }

        @Override
        public boolean pulled(String image, Duration limit) {
            pulls.add(limit);
            return pullWorks;
        }
    }

    private static Verdict decide(Map<String, String> env, Host host) {
        return ContainerPrerequisites.decide(env, host, IMAGE, RYUK);
    }

    @Test
    void withoutAnEngineTheyAreSkippedWithAOneLineReasonOutsideCi() {
        Verdict verdict = decide(NO_RYUK, new Host(false, Set.of(), false));

        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.SKIP);
        assertThat(verdict.reason()).isEqualTo("wamock container tests skipped: no Docker engine answers"
                + " (in CI, with CI=true, this fails instead)").doesNotContain("\n");
    }

    @Test
    void withoutAnEngineTheyFailInCi() {
        Verdict verdict = decide(Map.of("CI", "true"), new Host(false, Set.of(), false));

        assertThat(verdict).isEqualTo(new Verdict(Verdict.Kind.FAIL,
                "wamock container tests cannot run with CI=true: no Docker engine answers"));
    }

    @Test
    void ciSetToFalseIsNotCi() {
        assertThat(decide(Map.of("CI", "false"), new Host(false, Set.of(), false)).kind()).isEqualTo(Verdict.Kind.SKIP);
        assertThat(decide(Map.of("CI", " "), new Host(false, Set.of(), false)).kind()).isEqualTo(Verdict.Kind.SKIP);
    }

    @Test
    void withoutTheImageTheReasonSaysHowToBuildIt() {
        Verdict verdict = decide(NO_RYUK, new Host(true, Set.of(), false));

        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.SKIP);
        assertThat(verdict.reason()).contains("image " + IMAGE + " is not loaded; build it (docs/container.md");
    }

    @Test
    void withRyukOnAndItsImageUnpullableTheReasonSaysToDisableRyukAfterOneBoundedPull() {
        Host host = new Host(true, Set.of(IMAGE), false);

        Verdict verdict = decide(Map.of("CI", "true"), host);

        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.FAIL);
        assertThat(verdict.reason()).contains("set TESTCONTAINERS_RYUK_DISABLED=true: Ryuk's image (" + RYUK
                + ") cannot be pulled here");
        assertThat(host.pulls).as("pull attempts and their limits").containsExactly(Duration.ofSeconds(15));
    }

    @Test
    void withRyukDisabledNothingIsPulled() {
        Host host = new Host(true, Set.of(IMAGE), false);

        assertThat(decide(NO_RYUK, host).kind()).isEqualTo(Verdict.Kind.RUN);
        assertThat(host.pulls).isEmpty();
    }

    @Test
    void withRyukOnTheyRunWhenItsImageIsThereOrCanBePulled() {
        Host loaded = new Host(true, Set.of(IMAGE, RYUK), false);
        Host pullable = new Host(true, Set.of(IMAGE), true);

        assertThat(decide(Map.of(), loaded).kind()).isEqualTo(Verdict.Kind.RUN);
        assertThat(loaded.pulls).isEmpty();
        assertThat(decide(Map.of("TESTCONTAINERS_RYUK_DISABLED", "no"), pullable).kind()).isEqualTo(Verdict.Kind.RUN);
        assertThat(pullable.pulls).hasSize(1);
    }
}
