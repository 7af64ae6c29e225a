package dev.wamock.state.redis;

import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.Step;
import dev.wamock.scenarios.engine.Decision;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.state.ScenarioCatalogue;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.state.StateConfig;
import dev.wamock.scenarios.engine.state.StateStore;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Replicas for a test: stores opened through the factory on one Redis, as separate wamock JVMs would open them. */
final class Fleet implements AutoCloseable {
    /** Fails twice, then passes: the story a retrying client must survive. */
    static final Scenario TWICE = Scenario.of("fail-twice", Step.error("server-error").times(2), Step.passThrough());
    static final RequestFacts REQUEST = new RequestFacts("1065000000000001", "v23.0", List.of("id"), "fake-token-1234");

    private final String uri;
    private final StateConfig config;
    private final List<StateStore> stores = new ArrayList<>();

    Fleet(String uri, StateConfig config, int replicas) {
        this.uri = uri;
        this.config = config;
        for (int i = 0; i < replicas; i++) {
            join();
        }
    }

    Fleet(String uri, int replicas) {
        this(uri, config(null, 10_000), replicas);
    }

    /** A config whose catalogue also knows {@link #TWICE}. */
    static StateConfig config(String startScenario, int journalCapacity) {
        return new StateConfig(ScenarioCatalogue.of(List.of(TWICE)), startScenario, journalCapacity);
    }

    /** Opens one more replica. */
    StateStore join() {
        StateStore store = new RedisStateStoreFactory().open(URI.create(uri), config);
        stores.add(store);
        return store;
    }

    StateStore replica(int i) {
        return stores.get(i % stores.size());
    }

    SessionState session(int replica, String id) {
        return replica(replica).session(id);
    }

    int size() {
        return stores.size();
    }

    static boolean failed(Decision d) {
        return d != null && d.answer() instanceof Answer.Error;
    }

    @Override
    public void close() {
        stores.forEach(StateStore::close);
    }
}
