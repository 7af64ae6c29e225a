package dev.wamock.client;

import dev.wamock.client.contract.SessionContract;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared test body through {@link WamockClient#session(String)}: one session, its neighbours busy, over HTTP only. */
class WamockClientSessionControlTest extends SessionContract {
    private static WamockServer server;
    private static WamockClient client;

    @BeforeAll
    static void start() {
        server = WamockServer.builder().port(0).adminToken("fake-admin-token").start();
        client = WamockClient.connect(server.baseUrl(), "fake-admin-token");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    protected WamockControl control() {
        return client.session(sessionId());
    }

    @Override
    protected String sessionId() {
        return "contract-1";
    }

    @Override
    protected WamockControl defaultSession() {
        return client;
    }

    @Override
    protected WamockControl otherSession() {
        return client.session("neighbour-2");
    }
}
