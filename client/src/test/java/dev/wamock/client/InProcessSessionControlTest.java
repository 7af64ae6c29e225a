package dev.wamock.client;

import dev.wamock.client.contract.SessionContract;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.ServerFixture;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shared test body against {@link WamockServer#session(String)}: what a client's session must match. */
class InProcessSessionControlTest extends SessionContract {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();

    @Override
    protected WamockControl control() {
        return SERVER.server().session(sessionId());
    }

    @Override
    protected String sessionId() {
        return "contract-1";
    }

    @Override
    protected WamockControl defaultSession() {
        return SERVER.server();
    }

    @Override
    protected WamockControl otherSession() {
        return SERVER.server().session("neighbour-2");
    }
}
