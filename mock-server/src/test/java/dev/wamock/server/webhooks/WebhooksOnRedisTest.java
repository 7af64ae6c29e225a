package dev.wamock.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookOptions;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import dev.wamock.state.redis.testing.RedisProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two servers on one redis-server (its own, on a free port) act as one for a session's webhooks: the callback and chaos
 * a test sets through one apply to sends through the other, either lists every attempt of both in one order, a clock
 * advanced through one moves the deliveries the other holds, and a reset through one starts the session's webhooks over
 * on both. Sends go over HTTP, as a client makes them.
 */
@Timeout(90)
class WebhooksOnRedisTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String TEMPLATE = "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"template\","
            + "\"template\":{\"name\":\"hello_world\",\"language\":{\"code\":\"en_US\"}}}";
    private final Receiver receiver = new Receiver();
    private final RedisProcess redis = RedisProcess.start();
    private final WamockServer a = start();
    private final WamockServer b = start();

    WebhooksOnRedisTest() throws java.io.IOException {
    }

    /** No callback of the server's own: a session's comes from its settings only. */
    private WamockServer start() {
        return WamockServer.builder().port(0).state(redis.uri())
                .webhooks(WebhookOptions.none().withStatusDelays(Duration.ZERO, Duration.ZERO, Duration.ZERO)).start();
    }

    @AfterEach
    void stop() throws Exception {
        b.close();
        a.close();
        redis.close();
        receiver.close();
    }

    /** A template sent through {@code server} in session s1; its wamid. */
    private static String send(WamockServer server) {
        Reply sent = Http.to(server.session("s1")).send("POST", "/v23.0/" + Http.NUMBER + "/messages", TEMPLATE,
                "Authorization", "Bearer " + Http.TOKEN, "Content-Type", "application/json");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        return sent.json().at("/messages/0/id").asString();
    }

    private static List<WebhookDelivery> listed(WamockServer server, String query) {
        Reply reply = Http.to(server).admin("GET", "/webhooks?session=s1" + query, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<WebhookDelivery> out = new ArrayList<>();
        reply.json().forEach(n -> out.add(dev.wamock.scenarios.engine.Mappers.JSON.treeToValue(n, WebhookDelivery.class)));
        return out;
    }

    @Test
    void aCallbackSetThroughOneServerTakesTheOthersSendsAndEitherListsBothInOneOrder() {
        Reply put = Http.to(a).admin("PUT", "/webhooks?session=s1", "{\"callbackUrl\": \"" + receiver.url() + "\"}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);

        String throughB = send(b);
        List<WebhookDelivery> first = a.webhooks("s1").awaitDeliveries(3, WAIT);
        String throughA = send(a);
        List<WebhookDelivery> all = b.webhooks("s1").awaitDeliveries(6, WAIT);

        assertThat(first).extracting(WebhookDelivery::wamid).containsOnly(throughB);
        assertThat(first).extracting(WebhookDelivery::status).containsExactly("sent", "delivered", "read");
        assertThat(all).extracting(WebhookDelivery::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(all.subList(3, 6)).extracting(WebhookDelivery::wamid).containsOnly(throughA);
        assertThat(all).extracting(WebhookDelivery::answerStatus).containsOnly(200);
        assertThat(all.get(0).deliveryId()).as("each server's IDs are its own").isNotEqualTo(all.get(3).deliveryId());
        assertThat(listed(a, "")).isEqualTo(all);
        assertThat(listed(b, "&since=4&limit=1")).extracting(WebhookDelivery::seq).containsExactly(5L);
        assertThat(receiver.got()).hasSize(6);
    }

    @Test
    void chaosSetThroughOneServerIsDrawnForTheOthersSends() {
        a.webhooks("s1").callback(receiver.url()).chaos(WebhookChaos.none().readWithoutDelivered(1));

        String wamid = send(b);

        assertThat(b.webhooks("s1").chaos().readWithoutDelivered()).isEqualTo(1);
        List<WebhookDelivery> got = a.webhooks("s1").awaitDeliveries(2, WAIT);
        assertThat(got).extracting(WebhookDelivery::status).containsExactly("sent", "read");
        assertThat(got).extracting(WebhookDelivery::wamid).containsOnly(wamid);
    }

    @Test
    void aClockAdvancedThroughOneServerSendsTheRetryTheOtherHolds() {
        receiver.failFirst(1);
        a.session("s1").clock().manual();
        a.webhooks("s1").callback(receiver.url());
        send(b);
        a.webhooks("s1").awaitDeliveries(1, WAIT);

        a.session("s1").clock().advance(Duration.ofSeconds(10)); // the retry's wait, told to a only

        List<WebhookDelivery> all = a.webhooks("s1").awaitDeliveries(4, WAIT);
        assertThat(all).extracting(WebhookDelivery::status).containsExactly("sent", "sent", "delivered", "read");
        assertThat(all).extracting(WebhookDelivery::attempt).containsExactly(1, 2, 1, 1);
        assertThat(b.webhooks("s1").pending()).isZero();
    }

    @Test
    void aResetThroughOneServerForgetsTheOthersQueueRecordAndSettings() {
        receiver.failFirst(1);
        a.session("s1").clock().manual();
        a.webhooks("s1").callback(receiver.url());
        String before = send(b);
        a.webhooks("s1").awaitDeliveries(1, WAIT); // sent, answered 500: b holds its retry, delivered and read behind it
        assertThat(b.webhooks("s1").pending()).isEqualTo(3);

        a.session("s1").reset();

        assertThat(b.webhooks("s1").pending()).isZero();
        assertThat(b.webhooks("s1").deliveries()).isEmpty();
        assertThat(Http.to(b).admin("PUT", "/webhooks?session=s1", "{}").json().get("callbackUrl").isNull())
                .as("the server's callback: none").isTrue();
        a.webhooks("s1").callback(receiver.url());
        a.session("s1").clock().manual().advance(Duration.ofHours(1)); // far past the forgotten retry's due time
        String after = send(b);
        List<WebhookDelivery> again = a.webhooks("s1").awaitDeliveries(3, WAIT);
        assertThat(again).extracting(WebhookDelivery::seq).containsExactly(1L, 2L, 3L);
        assertThat(again).extracting(WebhookDelivery::wamid).containsOnly(after);
        assertThat(receiver.got()).filteredOn(got -> got.body().contains(before)).hasSize(1);
    }
}
