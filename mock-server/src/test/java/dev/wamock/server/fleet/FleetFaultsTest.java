package dev.wamock.server.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
        FleetClient client = new FleetClient(fleet.url(), "kill");
        client.admin("PUT", "scenario", SIX_FAILURES);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(client.call().statusCode());
        }
        fleet.replicas.get(0).kill();
        List<HttpResponse<String>> after = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            after.add(client.call());
        }
        after.forEach(r -> statuses.add(r.statusCode()));

        assertThat(statuses).containsExactly(500, 500, 500, 500, 500, 500, 200, 200);
        assertThat(FleetTest.servedBy(after)).doesNotContain("r1");
        assertThat(FleetTest.json(new FleetClient(fleet.replicas.get(2).url(), "kill").admin("GET", "journal", null))
                .path("total").asLong()).isEqualTo(8);
    }

    @Test
    void withRedisStoppedRequestsGetA503ThatSaysSoAndServiceResumesWhenRedisIsBack() throws Exception {
        FleetClient client = new FleetClient(fleet.url(), "outage");
        assertThat(client.call().statusCode()).isEqualTo(200);

        fleet.redis.stop();
        HttpResponse<String> down = client.call();

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("X-Wamock-State")).hasValue("unavailable");
        assertThat(JsonMapper.shared().readTree(down.body()).path("error").path("message").asString())
                .contains("state store", "unreachable");

        fleet.redis.restart();
        HttpResponse<String> answer = null;
        for (long deadline = System.nanoTime() + 30_000_000_000L; (answer == null || answer.statusCode() != 200)
                && System.nanoTime() < deadline; ) {
            Thread.sleep(200);
            answer = client.call();
        }
        assertThat(answer.statusCode()).as("an answer within 30 s of Redis coming back: %s", answer.body()).isEqualTo(200);
        client.admin("PUT", "scenario", "{\"name\": \"transient-then-ok\"}");
        List<Integer> story = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            story.add(client.call().statusCode());
        }
        assertThat(story).as("exact again after the outage").containsExactly(500, 500, 200);
    }
}
