package dev.wamock.client;

import dev.wamock.client.contract.ControlContract;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared test body against the in-process server: the behaviour every other way of control must match. */
class InProcessServerControlTest extends ControlContract {
    private static WamockServer server;

    @BeforeAll
    static void start() {
        server = WamockServer.builder().port(0).adminToken("fake-admin-token").start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    protected WamockControl control() {
        return server;
    }
}
