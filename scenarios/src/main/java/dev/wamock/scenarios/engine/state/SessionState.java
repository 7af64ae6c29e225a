package dev.wamock.scenarios.engine.state;

import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.engine.Decision;
import dev.wamock.scenarios.engine.RateWindow;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.messages.MessagingRules;
import java.util.List;

/**
 * The state of one session: which scenario answers, how far each run has counted, the rate-limit windows, WhatsApp's
 * rules on sends (their counters and windows), the clock and the journal. Every method is safe to call from many threads; a shared store makes each change visible
 * to every replica before the next decision.
 */
public interface SessionState {
    /** The request header that picks a scenario for one request. */
    String SCENARIO_HEADER = "X-Wamock-Scenario";

    /** The session's ID ({@code ""} for the default session). */
    String id();

    /**
     * Picks the run that answers {@code request} (the scenario named by {@code headerScenario}, else the one a magic
     * number triggers, else the active one) and counts the request in it.
     *
     * @return the decision, or null when no scenario applies (the data-driven answer)
     * @throws IllegalArgumentException when {@code headerScenario} names no known scenario
     * @throws StateUnavailableException when a shared store cannot be reached
     */
    Decision decide(String headerScenario, RequestFacts request);

    /** Activates {@code scenario} with fresh counts. */
    void use(Scenario scenario);

    /**
     * Activates the known scenario of this name with fresh counts.
     *
     * @throws IllegalArgumentException for an unknown name, with the closest one
     */
    void use(String name);

    /** No scenario is active from now on (header and magic-number scenarios still apply). */
    void deactivate();

    /**
     * Back to the start: start scenario, fresh counts, WhatsApp's rules with fresh counters and windows, empty
     * journal, no webhook attempts recorded nor settings of its own, real time, full delays.
     */
    void reset();

    /** How far the active scenario has run, or null when none is active. */
    ScenarioProgress progress();

    /**
     * The windows of the rate-limit steps of the scenarios running in this session (the active one first); a store
     * that keeps no windows where it can read them lists none.
     */
    default List<RateWindow> rateWindows() {
        return List.of();
    }

    /**
     * WhatsApp's rules on this session's sends ({@link StateConfig#messagingLimits()}), with the session's counters
     * and windows: throughput, pair limit, 24-hour windows, marketing sends. A shared store shares them with every
     * replica, and places each send and inbound message at its own log's time rather than the caller's
     * {@code clockNanos}.
     */
    MessagingRules messaging();

    /** The clock this session's windows, outages and rate limits run on. */
    SessionClock clock();

    /** What this session's requests were and how they were answered. */
    JournalStore journal();

    /** The record of this session's webhook delivery attempts; a reset empties it. */
    DeliveryLog deliveries();

    /**
     * This session's webhook settings as far as this replica applied the session's changes: a shared store answers
     * without a round trip, current with every change made through this replica (a request's decision brings it up to
     * date); {@link #catchUp()} first to see those made through others.
     */
    WebhookSettings webhookSettings();

    /**
     * Gives this session its own webhook settings ({@link WebhookSettings#json()}), on every replica; null returns it
     * to the server's. A reset returns it to the server's too.
     */
    void webhookSettings(String json);

    /**
     * Applies the changes made through other replicas since this replica's last (a shared store: one round trip). A
     * session that the store dropped or lost meanwhile starts over, and is not made again by this call.
     *
     * @throws StateUnavailableException when a shared store cannot be reached
     */
    default void catchUp() {
    }
}
