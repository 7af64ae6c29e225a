package dev.wamock.state.redis.internal;

import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.engine.Decision;
import dev.wamock.scenarios.engine.RateWindow;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.messages.MessagingRules;
import dev.wamock.scenarios.engine.state.DeliveryLog;
import dev.wamock.scenarios.engine.state.JournalStore;
import dev.wamock.scenarios.engine.state.SessionClock;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.state.StateConfig;
import dev.wamock.scenarios.engine.state.StateUnavailableException;
import dev.wamock.scenarios.engine.state.WebhookSettings;
import java.util.List;

/**
 * One session on Redis as a replica sees it: every change goes through the session's log ({@link SessionLog}) and
 * answers once this replica has replayed it; reads catch up with the log first, so they see changes made through
 * other replicas.
 */
final class RedisSession implements SessionState {
    private final String id;
    private final Replica replica;
    private final SessionLog log;
    private final ReplicaClock clock;
    private final RedisJournal journal;
    private final MessagingRules messaging;
    private final RedisDeliveries deliveries;

    RedisSession(String id, StateConfig config, RedisLink link, String node) {
        this.id = id;
        SessionKeys keys = SessionKeys.of(id);
        this.replica = new Replica(id, config, node);
        this.log = new SessionLog(id, keys, link, replica);
        this.clock = new ReplicaClock(log, replica);
        this.journal = new RedisJournal(link, keys, config.journalCapacity());
        this.messaging = new LoggedRules(log);
        this.deliveries = new RedisDeliveries(link, keys);
        try {
            log.catchUp(); // the session exists from now on, its clock runs from its epoch; a long log is read in pages
        } catch (StateUnavailableException e) {
            if (!e.reason().equals("state-lost")) {
                throw e;
            } // else the replica remembers the gap: each use of the session says so until a reset heals it
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Decision decide(String headerScenario, RequestFacts request) {
        if (headerScenario != null && !headerScenario.isBlank()) {
            replica.config().catalogue().resolve(headerScenario.strip()); // an unknown name fails here, not in the log
        }
        return (Decision) log.change(Changes.REQUEST, Changes.request(headerScenario, request));
    }

    @Override
    public void use(Scenario scenario) {
        log.change(Changes.USE, Changes.use(scenario));
    }

    @Override
    public void use(String name) {
        replica.config().catalogue().resolve(name);
        log.change(Changes.USE_NAME, Changes.useName(name));
    }

    @Override
    public void deactivate() {
        log.change(Changes.OFF, List.of());
    }

    /** Starts the session over on every replica; the clock goes on from its reading, in real time, full delays. */
    @Override
    public void reset() {
        log.catchUp();
        log.change(Changes.RESET, Changes.reset(replica.clock().nanos()));
        journal.clear();
        deliveries.clear();
    }

    @Override
    public ScenarioProgress progress() {
        log.catchUp();
        return replica.scenarios().progress();
    }

    /** The windows as this replica replayed them from the session's log. */
    @Override
    public List<RateWindow> rateWindows() {
        log.catchUp();
        return replica.scenarios().rateWindows();
    }

    /** WhatsApp's rules as the fleet shares them: sends and inbound messages go through the log. */
    @Override
    public MessagingRules messaging() {
        return messaging;
    }

    @Override
    public SessionClock clock() {
        return clock;
    }

    @Override
    public JournalStore journal() {
        return journal;
    }

    @Override
    public DeliveryLog deliveries() {
        return deliveries;
    }

    /** The settings as this replica replayed them, without a round trip. */
    @Override
    public WebhookSettings webhookSettings() {
        return replica.webhookSettings();
    }

    @Override
    public void webhookSettings(String json) {
        log.change(Changes.HOOKS, Changes.hooks(json));
    }

    /** One catch-up call; a session dropped meanwhile is not made again (this replica starts it over). */
    @Override
    public void catchUp() {
        log.catchUpExisting();
    }
}
