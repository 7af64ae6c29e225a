package dev.wamock.testcontainers;

import dev.wamock.client.contract.SessionContract;
import dev.wamock.scenarios.WamockControl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared test body against one session of the image, its default session and another one busy meanwhile. */
@NeedsWamockImage
class ContainerSessionControlTest extends SessionContract {
    private static WamockContainer container;

    @BeforeAll
    static void start() {
        container = new WamockContainer();
        container.start();
    }

    @AfterAll
    static void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Override
    protected WamockControl control() {
        return container.session(sessionId());
    }

    @Override
    protected String sessionId() {
        return "contract-1";
    }

    @Override
    protected WamockControl defaultSession() {
        return container;
    }

    @Override
    protected WamockControl otherSession() {
        return container.session("neighbour-2");
    }
}
