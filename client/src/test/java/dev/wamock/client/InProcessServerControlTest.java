package dev.wamock.client;

import dev.wamock.client.contract.ControlContract;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.testing.ServerFixture;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared test body against the in-process server: the behaviour every other way of control must match. */
class InProcessServerControlTest extends ControlContract {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.with(b -> b.adminToken("fake-admin-token"));

    @Override
    protected WamockControl control() {
        return SERVER.server();
    }
}
