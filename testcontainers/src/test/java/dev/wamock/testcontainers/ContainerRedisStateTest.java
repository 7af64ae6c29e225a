package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.Http;
import dev.wamock.state.redis.testing.RedisProcess;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The image with {@code WAMOCK_STATE}: two containers on one real redis-server (on the host, reached as
 * {@code host.docker.internal}) act as one server, as the Compose file of docs/scale-out.md runs them.
 */
@NeedsWamockImage
class ContainerRedisStateTest {

    @Test
    void twoContainersOnOneRedisShareTheScenarioTheCountsAndTheJournal() throws Exception {
        try (RedisProcess redis = RedisProcess.start("--bind", "0.0.0.0", "--protected-mode", "no");
             WamockContainer a = replica(redis);
             WamockContainer b = replica(redis)) {
            a.start();
            b.start();
            a.use("transient-then-ok");

            List<Integer> statuses = new ArrayList<>();
            for (WamockContainer replica : List.of(a, b, a, b)) {
                statuses.add(call(replica));
            }

            assertThat(statuses).containsExactly(500, 500, 200, 200);
            assertThat(b.progress().name()).isEqualTo("transient-then-ok");
            assertThat(b.journal().total()).isEqualTo(4);
            assertThat(a.journal().entries()).extracting(e -> e.status()).containsExactly(500, 500, 200, 200);
        }
    }

    private static WamockContainer replica(RedisProcess redis) {
        return new WamockContainer().withExtraHost("host.docker.internal", "host-gateway")
                .withState("redis://host.docker.internal:" + redis.port() + "/0");
    }

    private static int call(WamockContainer replica) {
        return Http.to(replica.getBaseUrl()).number().status();
    }
}
