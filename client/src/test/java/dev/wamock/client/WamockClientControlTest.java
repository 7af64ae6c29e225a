package dev.wamock.client;

import dev.wamock.client.contract.ControlContract;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.testing.ServerFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared test body through a {@link WamockClient}: the same server, driven over real HTTP only. */
class WamockClientControlTest extends ControlContract {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.with(b -> b.adminToken("fake-admin-token"));
    private static WamockClient client;

    @BeforeAll
    static void connect() {
        client = WamockClient.connect(SERVER.baseUrl(), "fake-admin-token");
    }

    @Override
    protected WamockControl control() {
        return client;
    }
}
