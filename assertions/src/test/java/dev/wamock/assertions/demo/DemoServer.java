package dev.wamock.assertions.demo;

import dev.wamock.scenarios.Sleeper;
import dev.wamock.server.WamockServer;
import java.time.Duration;

/** The three demo clients, each pointed at one real server on port 0 with an obviously fake token. */
final class DemoServer {
    static final String NUMBER = "106540352242922";
    static final String OTHER_NUMBER = "113269274970227";
    static final String URL_OF_NUMBER = "GET /v23.0/" + NUMBER + "?fields=" + AccountNumberClient.FIELDS;
    private static final String TOKEN = "fake-token-1234";

    private DemoServer() {
    }

    static WamockServer start() {
        return WamockServer.builder().port(0).start();
    }

    /**
     * Exponential backoff from 100 ms, factor 2, at most {@code maxAttempts} attempts, waiting through the
     * server's clock: it really sleeps unless the test made that clock manual.
     */
    static AccountNumberClient correct(WamockServer server, int maxAttempts) {
        return correct(server, maxAttempts, server.clock().sleeper());
    }

    /** The same client, waiting through {@code sleeper}. */
    static AccountNumberClient correct(WamockServer server, int maxAttempts, Sleeper sleeper) {
        return new BackoffClient(server.baseUrl(), TOKEN, Duration.ofMillis(100), 2.0, maxAttempts, sleeper);
    }

    static AccountNumberClient retriesEverything(WamockServer server, int maxAttempts) {
        return new RetryEverythingClient(server.baseUrl(), TOKEN, maxAttempts);
    }

    static AccountNumberClient neverRetries(WamockServer server) {
        return new NeverRetryClient(server.baseUrl(), TOKEN);
    }
}
