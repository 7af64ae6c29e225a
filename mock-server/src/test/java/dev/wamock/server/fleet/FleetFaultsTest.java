package dev.wamock.server.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** A fleet losing a replica or its Redis: the rest carry on with the same counts; without Redis, 503s that say so. */
@Timeout(180)
class FleetFaultsTest {
    private static final String SIX_FAILURES = "{\"name\": \"six\", \"steps\": [{\"error\": \"server-error\", \"times\": 6},"
            + " {\"pass\": true}]}";
    @TempDir
    Path dir;
    private Fleet fleet;

    @BeforeEach
    void start() throws Exception {
        fleet = Fleet.start(dir, 3);
    }

    @AfterEach
    void stop() throws Exception {
        fleet.close();
    }

    @Test
    void aReplicaKilledMidRunLeavesTheOthersWithTheSameCounts() throws Exception {
        Http client = FleetTest.session(fleet.url(), "kill");
        client.admin("PUT", "/scenario", SIX_FAILURES);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(client.number().status());
        }
        fleet.replicas.get(0).kill();
        List<Reply> after = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            after.add(client.number());
        }
        after.forEach(r -> statuses.add(r.status()));

        assertThat(statuses).containsExactly(500, 500, 500, 500, 500, 500, 200, 200);
        assertThat(FleetTest.servedBy(after)).doesNotContain("r1");
        assertThat(FleetTest.json(FleetTest.session(fleet.replicas.get(2).url(), "kill").admin("GET", "/journal", null))
                .path("total").asLong()).isEqualTo(8);
    }

    @Test
    void withRedisStoppedRequestsGetA503ThatSaysSoAndServiceResumesWhenRedisIsBack() throws Exception {
        Http client = FleetTest.session(fleet.url(), "outage");
        assertThat(client.number().status()).isEqualTo(200);

        fleet.redis.stop();
        Reply down = client.number();

        assertThat(down.status()).isEqualTo(503);
        assertThat(down.header("X-Wamock-State")).isEqualTo("unavailable");
        assertThat(JsonMapper.shared().readTree(down.body()).path("error").path("message").asString())
                .contains("state store", "unreachable");

        fleet.redis.restart();
        Reply answer = null;
        for (long deadline = System.nanoTime() + 30_000_000_000L; (answer == null || answer.status() != 200)
                && System.nanoTime() < deadline; ) {
            Thread.sleep(200);
            answer = client.number();
        }
        assertThat(answer.status()).as("an answer within 30 s of Redis coming back: %s", answer.body()).isEqualTo(200);
        client.admin("PUT", "/scenario", "{\"name\": \"transient-then-ok\"}");
        List<Integer> story = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            story.add(client.number().status());
        }
        assertThat(story).as("exact again after the outage").containsExactly(500, 500, 200);
    }
}
