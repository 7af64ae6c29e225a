package dev.wamock.client;

import dev.wamock.client.contract.SessionContract;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared test body against {@link WamockServer#session(String)}: what a client's session must match. */
class InProcessSessionControlTest extends SessionContract {
    private static WamockServer server;

    @BeforeAll
    static void start() {
        server = WamockServer.builder().port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    protected WamockControl control() {
        return server.session(sessionId());
    }

    @Override
    protected String sessionId() {
        return "contract-1";
    }

    @Override
    protected WamockControl defaultSession() {
        return server;
    }

    @Override
    protected WamockControl otherSession() {
        return server.session("neighbour-2");
    }
}
