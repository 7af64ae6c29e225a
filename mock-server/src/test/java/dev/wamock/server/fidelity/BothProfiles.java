package dev.wamock.server.fidelity;

import dev.wamock.scenarios.Profile;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.ServerFixture;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One server per profile for the whole class: the same request, asked of both. */
abstract class BothProfiles {
    @RegisterExtension
    static final ServerFixture DOCUMENTED = ServerFixture.with(b -> b.profile(Profile.DOCUMENTED));
    @RegisterExtension
    static final ServerFixture OBSERVED = ServerFixture.with(b -> b.profile(Profile.GRAPH_OBSERVED));

    static WamockServer documented() {
        return DOCUMENTED.server();
    }

    static WamockServer observed() {
        return OBSERVED.server();
    }
}
