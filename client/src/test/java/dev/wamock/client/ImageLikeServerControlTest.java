package dev.wamock.client;

import dev.wamock.client.contract.ControlContract;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The shared test body through a {@link WamockClient} against an in-process server set up as the
 * container image is (any Host allowed, an admin token): the client's writes pass the server's admin
 * guard (JSON type, or {@code X-Wamock-Admin} without a body) with no Docker engine needed.
 */
class ImageLikeServerControlTest extends ControlContract {
    private static WamockServer server;
    private static WamockClient client;

    @BeforeAll
    static void start() {
        server = WamockServer.builder().port(0).adminToken("fake-admin-token-5678").adminAllowedHosts("*").start();
        client = WamockClient.connect(server.baseUrl(), "fake-admin-token-5678");
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
