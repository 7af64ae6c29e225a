package dev.wamock.client;

import dev.wamock.client.contract.ControlContract;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared test body through a {@link WamockClient}: the same server, driven over real HTTP only. */
class WamockClientControlTest extends ControlContract {
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
        return client;
    }
}
