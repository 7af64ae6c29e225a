package dev.wamock.server.internal.state;

import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioProgress;
import dev.wamock.scenarios.engine.Decision;
import dev.wamock.scenarios.engine.MockClock;
import dev.wamock.scenarios.engine.RateWindow;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.messages.MessagingRules;
import dev.wamock.scenarios.engine.messages.WhatsAppRules;
import dev.wamock.scenarios.engine.state.DeliveryLog;
import dev.wamock.scenarios.engine.state.LocalScenarios;
import dev.wamock.scenarios.engine.state.SessionClock;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.state.StateConfig;
import dev.wamock.scenarios.engine.state.WebhookSettings;
import dev.wamock.server.internal.journal.JournalRecorder;

/** One session held in this JVM: its scenarios and WhatsApp's rules on its own clock, and its journal ring. */
final class MemorySession implements SessionState {
    private final String id;
    private final MockClock clock = new MockClock();
    private final LocalScenarios scenarios;
    private final JournalRecorder journal;
    private final StateConfig config;
    private volatile WhatsAppRules rules;
    private final MemoryDeliveries deliveries = new MemoryDeliveries();
    private final Object settingsLock = new Object();
    private volatile WebhookSettings webhookSettings = WebhookSettings.NONE;

    MemorySession(String id, StateConfig config) {
        this.id = id;
        this.scenarios = new LocalScenarios(config.catalogue(), config.startScenario(), clock);
        this.journal = new JournalRecorder(config.journalCapacity());
        this.config = config;
        this.rules = new WhatsAppRules(config.messagingLimits());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Decision decide(String headerScenario, RequestFacts request) {
        return scenarios.decide(headerScenario, request);
    }

    @Override
    public void use(Scenario scenario) {
        scenarios.use(scenario);
    }

    @Override
    public void use(String name) {
        scenarios.use(scenarios.catalogue().resolve(name));
    }

    @Override
    public void deactivate() {
        scenarios.deactivate();
    }

    @Override
    public void reset() {
        clock.real().scaleDelays(1.0);
        scenarios.reset();
        rules = new WhatsAppRules(config.messagingLimits());
        journal.clear();
        synchronized (settingsLock) {
            webhookSettings = webhookSettings.startedOver();
        }
        deliveries.clear();
    }

    @Override
    public ScenarioProgress progress() {
        return scenarios.progress();
    }

    @Override
    public java.util.List<RateWindow> rateWindows() {
        return scenarios.rateWindows();
    }

    /** The rules with this session's counters and windows; a reset replaces them with fresh ones. */
    @Override
    public MessagingRules messaging() {
        return rules;
    }

    @Override
    public SessionClock clock() {
        return clock;
    }

    @Override
    public JournalRecorder journal() {
        return journal;
    }

    @Override
    public DeliveryLog deliveries() {
        return deliveries;
    }

    @Override
    public WebhookSettings webhookSettings() {
        return webhookSettings;
    }

    @Override
    public void webhookSettings(String json) {
        synchronized (settingsLock) {
            webhookSettings = webhookSettings.set(json);
        }
    }
}
