package dev.wamock.testcontainers;

import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import dev.wamock.testcontainers.internal.AdminClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared test body over the admin API (what a container is driven through), against an in-process server. */
class AdminApiControlTest extends ControlContract {
    private static final String ADMIN_TOKEN = "fake-admin-token";
    private static WamockServer server;
    private static AdminClient admin;

    @BeforeAll
    static void start() {
        server = WamockServer.builder().port(0).adminToken(ADMIN_TOKEN).start();
        admin = new AdminClient(server.baseUrl(), ADMIN_TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Override
    WamockControl control() {
        return admin;
    }
}
