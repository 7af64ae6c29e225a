package dev.wamock.client;

import dev.wamock.client.contract.SessionContract;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.testing.ServerFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared test body through {@link WamockClient#session(String)}: one session, its neighbours busy, over HTTP only. */
class WamockClientSessionControlTest extends SessionContract {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.with(b -> b.adminToken("fake-admin-token"));
    private static WamockClient client;

    @BeforeAll
    static void connect() {
        client = WamockClient.connect(SERVER.baseUrl(), "fake-admin-token");
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
