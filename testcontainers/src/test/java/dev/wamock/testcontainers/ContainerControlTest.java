package dev.wamock.testcontainers;

import dev.wamock.client.contract.ControlContract;
import dev.wamock.scenarios.WamockControl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared test body against the image, through the container handle and its admin API. */
@NeedsWamockImage
class ContainerControlTest extends ControlContract {
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
        return container;
    }
}
