package dev.wamock.testcontainers;

import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import dev.wamock.testcontainers.internal.AdminClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The shared test body over HTTP, as {@link WamockContainer} drives the image, but against an in-process
 * server set up like the image (any Host allowed, an admin token): the admin client's writes pass the
 * server's admin guard (JSON type, or {@code X-Wamock-Admin} without a body) with no Docker engine needed.
 */
class AdminClientControlTest extends ControlContract {
    private static WamockServer server;
    private static AdminClient client;

    @BeforeAll
    static void start() {
        String token = AdminClient.randomToken();
        server = WamockServer.builder().port(0).adminToken(token).adminAllowedHosts("*").start();
        client = new AdminClient(server.baseUrl(), token);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    WamockControl control() {
        return client;
    }
}
