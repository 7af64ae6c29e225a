package dev.wamock.scenarios.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.Scope;
import dev.wamock.scenarios.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScenarioRunTest {
    private static RequestFacts request(String number, String token) {
        return new RequestFacts(number, "v23.0", List.of("id", "status"), token);
    }

    private static final RequestFacts ANY = request("106540352242922", "fake-token-1");

    @Test
    void a_bounded_step_answers_its_times_then_the_next_step_takes_over() {
        ScenarioRun run = new ScenarioRun(Scenario.of("flaky", Step.error("server-error").times(2), Step.passThrough()));

        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            steps.add(run.decide(ANY).stepIndex());
        }

        assertThat(steps).containsExactly(0, 0, 1, 1);
        assertThat(run.progress().steps()).extracting(ScenarioProgress.StepProgress::answered).containsExactly(2L, 2L);
    }

    @Test
    void requests_pass_through_once_every_step_is_used_up() {
        ScenarioRun run = new ScenarioRun(Scenario.of("once", Step.error("rate-limited").times(1)));

        assertThat(run.decide(ANY).answer()).isInstanceOf(Answer.Error.class);
        Decision after = run.decide(ANY);

        assertThat(after.stepApplied()).isFalse();
        assertThat(after.answer()).isInstanceOf(Answer.Pass.class);
    }

    @Test
    void a_cycling_scenario_starts_its_counts_again() {
        ScenarioRun run = new ScenarioRun(Scenario.of("blink", Step.error("server-error").times(1),
                Step.passThrough().times(2)).cycling());

        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            steps.add(run.decide(ANY).stepIndex());
        }

        assertThat(steps).containsExactly(0, 1, 1, 0, 1, 1, 0);
    }

    @Test
    void a_step_for_one_number_leaves_other_numbers_alone() {
        ScenarioRun run = new ScenarioRun(Scenario.of("one", Step.error("not-found").forNumber("113269274970227")));

        assertThat(run.decide(request("106540352242922", "t")).stepApplied()).isFalse();
        assertThat(run.decide(request("113269274970227", "t")).stepIndex()).isZero();
    }

    @Test
    void steps_can_require_a_version_and_named_fields() {
        ScenarioRun run = new ScenarioRun(Scenario.of("v", Step.error("server-error").forVersion("v17.0"),
                Step.error("rate-limited").forFields("messaging_limit_tier")));

        assertThat(run.decide(ANY).stepApplied()).isFalse();
        assertThat(run.decide(new RequestFacts("1", "v17.0", List.of("id"), "t")).stepIndex()).isEqualTo(0);
        assertThat(run.decide(new RequestFacts("1", "v23.0", List.of("messaging_limit_tier", "id"), "t")).stepIndex())
                .isEqualTo(1);
    }

    @Test
    void token_scope_gives_each_client_its_own_count() {
        ScenarioRun run = new ScenarioRun(Scenario.of("per-client",
                Step.error("server-error").times(2).scope(Scope.TOKEN), Step.passThrough()));

        assertThat(run.decide(request("1", "fake-a")).stepIndex()).isZero();
        assertThat(run.decide(request("1", "fake-b")).stepIndex()).isZero();
        assertThat(run.decide(request("1", "fake-a")).stepIndex()).isZero();
        assertThat(run.decide(request("1", "fake-a")).stepIndex()).isEqualTo(1);
        assertThat(run.decide(request("1", "fake-b")).stepIndex()).isZero();
    }

    @Test
    void fifty_parallel_clients_see_exactly_the_scripted_failures() throws Exception {
        ScenarioRun run = new ScenarioRun(Scenario.of("flaky", Step.error("server-error").times(2), Step.passThrough()));
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < 50; c++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 200; i++) {
                    if (run.decide(ANY).answer() instanceof Answer.Error) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(failures).hasValue(2);
        assertThat(run.progress().steps().get(1).answered()).isEqualTo(50 * 200 - 2);
    }
}
