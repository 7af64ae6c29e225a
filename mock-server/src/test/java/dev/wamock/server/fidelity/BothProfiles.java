package dev.wamock.server.fidelity;

import dev.wamock.scenarios.Profile;
import dev.wamock.server.WamockServer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One server per profile for the whole class: the same request, asked of both. */
abstract class BothProfiles {
    static WamockServer documented;
    static WamockServer observed;

    @BeforeAll
    static void startBoth() {
        documented = Wire.start(Profile.DOCUMENTED);
        observed = Wire.start(Profile.GRAPH_OBSERVED);
    }

    @AfterAll
    static void stopBoth() {
        Stream.of(documented, observed).forEach(WamockServer::close);
    }
}
