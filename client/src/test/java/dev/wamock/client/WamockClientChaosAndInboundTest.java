package dev.wamock.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.WebhookOptions;
import dev.wamock.server.testing.ServerFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * What only the admin API did before, through {@link WamockClient} over real HTTP: the deliveries' chaos (set, read,
 * in effect), the queue's counts, and every inbound type the server takes (text, image, location, reaction, with
 * {@code to} and {@code name}). The server keeps at most 2 deliveries pending per session, so overflow is one send away.
 */
class WamockClientChaosAndInboundTest {
    private static final String USER = "16505551234";
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.with(b -> b.adminToken("fake-admin-token")
            .webhooks(WebhookOptions.none().withAppSecret("fake-app-secret-1234").withMaxPending(2)));
    private static WamockClient client;
    private HookReceiver receiver;

    @BeforeAll
    static void connect() {
        client = WamockClient.connect(SERVER.baseUrl(), "fake-admin-token");
    }

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new HookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void chaosSetThroughTheClientIsTheSessionsChaosOnTheServerAndReadsBack() {
        WamockClient session = client.session("chaos-read");
        WebhookChaos chaos = WebhookChaos.none().outOfOrder(0.25).duplicated(1).delayed(0.5, Duration.ofSeconds(30))
                .readWithoutDelivered(0.125).dropped(0.75).seed(7);

        WebhookState answered = session.webhookChaos(chaos);

        assertThat(answered.chaos()).isEqualTo(chaos);
        assertThat(session.webhookState()).isEqualTo(answered);
        assertThat(SERVER.server().webhooks("chaos-read").chaos()).isEqualTo(WebhookChaos.none()
                .outOfOrder(0.25).duplicated(1).delayed(0.5, Duration.ofSeconds(30)).readWithoutDelivered(0.125)
                .dropped(0.75).seed(7));
        assertThat(client.webhookState().chaos()).as("the default session's").isEqualTo(WebhookChaos.none());
    }

    @Test
    void theStateOfAFreshSessionHasItsCallbackNoChaosAndNothingCounted() {
        WamockClient session = client.session("chaos-fresh");
        session.webhookCallback(receiver.url());

        assertThat(session.webhookState()).isEqualTo(new WebhookState(receiver.url(), WebhookChaos.none(), 0, 0, 0));
    }

    @Test
    void droppedChaosPostsNothingAndCountsTheDrop() {
        WamockClient session = client.session("chaos-dropped");
        session.webhookCallback(receiver.url());
        session.webhookChaos(WebhookChaos.none().dropped(1));

        session.inboundText(USER, "never arrives");
        WebhookState state = session.webhookState();
        session.webhookChaos(WebhookChaos.none());
        session.inboundText(USER, "arrives");

        assertThat(state.dropped()).isEqualTo(1);
        assertThat(state.pending()).isZero();
        assertThat(awaitDeliveries(session, 1)).singleElement().satisfies(d -> assertThat(d.body()).contains("arrives"));
        assertThat(receiver.got()).singleElement().satisfies(g -> assertThat(g.body()).doesNotContain("never"));
    }

    @Test
    void duplicatedChaosPostsTheSameBodyTwiceUnderTwoDeliveryIds() {
        WamockClient session = client.session("chaos-duplicated");
        session.webhookCallback(receiver.url());
        session.webhookChaos(WebhookChaos.none().duplicated(1));

        session.inboundText(USER, "twice");

        List<WebhookDelivery> two = awaitDeliveries(session, 2);
        assertThat(two).extracting(WebhookDelivery::body).containsOnly(two.get(0).body());
        assertThat(two).extracting(WebhookDelivery::deliveryId).doesNotHaveDuplicates();
    }

    @Test
    void aDelayedDeliveryIsPendingUntilTheSessionsClockReachesItAndBeyondTheMaximumOverflows() {
        WamockClient session = client.session("chaos-pending");
        session.clock().manual();
        session.webhookCallback(receiver.url());
        session.webhookChaos(WebhookChaos.none().delayed(1, Duration.ofHours(1)));

        session.inboundText(USER, "one");
        session.inboundText(USER, "two");
        session.inboundText(USER, "three: no room");

        assertThat(session.webhookState()).extracting(WebhookState::pending, WebhookState::overflowed)
                .containsExactly(2, 1L);
        session.clock().advance(Duration.ofHours(1));
        assertThat(awaitDeliveries(session, 2)).extracting(WebhookDelivery::answerStatus).containsOnly(200);
        assertThat(awaitState(session, s -> s.pending() == 0).overflowed()).isEqualTo(1);
    }

    @Test
    void everyInboundTypeReachesTheCallbackAsWhatsAppSendsIt() {
        WamockClient session = client.session("inbound-types");
        session.webhookCallback(receiver.url());
        String second = Fixtures.defaults().all().get(1).id();
        Inbound inbound = session.inbound();

        // one at a time: the server keeps 2 pending a session, and a third queued before the first is delivered would
        // be counted as overflowed instead
        String image = inbound.named("Sheena Nelson").to(second).image(USER, "1003383421387256", "Taj Mahal");
        awaitDeliveries(session, 1);
        String location = inbound.location(USER, 37.44, -122.16);
        awaitDeliveries(session, 2);
        String reaction = inbound.reaction(USER, image, "👍");
        awaitDeliveries(session, 3);
        String text = inbound.text(USER, "hi");
        awaitDeliveries(session, 4);

        JsonNode imageValue = value(image);
        assertThat(imageValue.at("/messages/0/type").asString()).isEqualTo("image");
        assertThat(imageValue.at("/messages/0/image/id").asString()).isEqualTo("1003383421387256");
        assertThat(imageValue.at("/messages/0/image/caption").asString()).isEqualTo("Taj Mahal");
        assertThat(imageValue.at("/contacts/0/profile/name").asString()).isEqualTo("Sheena Nelson");
        assertThat(imageValue.at("/metadata/phone_number_id").asString()).isEqualTo(second);
        JsonNode locationValue = value(location);
        assertThat(locationValue.at("/messages/0/location/latitude").asDouble()).isEqualTo(37.44);
        assertThat(locationValue.at("/messages/0/location/longitude").asDouble()).isEqualTo(-122.16);
        assertThat(locationValue.at("/contacts/0/profile/name").asString()).as("named() made a copy").isEqualTo("Wamock User");
        assertThat(locationValue.at("/metadata/phone_number_id").asString()).isEqualTo(Fixtures.defaults().all().get(0).id());
        JsonNode reactionValue = value(reaction);
        assertThat(reactionValue.at("/messages/0/reaction/message_id").asString()).isEqualTo(image);
        assertThat(reactionValue.at("/messages/0/reaction/emoji").asString()).isEqualTo("👍");
        assertThat(value(text).at("/messages/0/text/body").asString()).isEqualTo("hi");
    }

    @Test
    void anImageWithoutCaptionHasNone() {
        WamockClient session = client.session("inbound-no-caption");
        session.webhookCallback(receiver.url());

        String wamid = session.inbound().image(USER, "1003383421387256", null);

        awaitDeliveries(session, 1);
        assertThat(value(wamid).at("/messages/0/image").has("caption")).isFalse();
    }

    @Test
    void aValueTheServerRefusesFailsWithItsMessageAndABadChanceFailsBeforeAnyCall() {
        WamockClient session = client.session("inbound-refused");

        assertThatThrownBy(() -> session.inbound().image(USER, " ", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mediaId is required");
        assertThatThrownBy(() -> session.inbound().location("not-a-wa-id", 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from must be a WhatsApp ID");
        assertThatThrownBy(() -> WebhookChaos.none().duplicated(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicated is a probability from 0 to 1 but was 2.0");
    }

    /** The {@code value} of the webhook the receiver got for inbound message {@code wamid}. */
    private JsonNode value(String wamid) {
        return receiver.got().stream().map(g -> Mappers.JSON.readTree(g.body()))
                .filter(b -> b.at("/entry/0/changes/0/value/messages/0/id").asString().equals(wamid)).findFirst()
                .orElseThrow(() -> new AssertionError("no webhook for " + wamid + " in " + receiver.got()))
                .at("/entry/0/changes/0/value");
    }

    /** The session's deliveries once {@code n} have been answered (bounded: 10 s of real time). */
    private static List<WebhookDelivery> awaitDeliveries(WamockClient session, int n) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<WebhookDelivery> deliveries = session.webhookDeliveries();
        while (deliveries.size() < n && System.nanoTime() < deadline) {
            sleep();
            deliveries = session.webhookDeliveries();
        }
        assertThat(deliveries).as("the session's webhook deliveries").hasSize(n);
        return deliveries;
    }

    /** The session's state once {@code done} holds (bounded: 10 s of real time). */
    private static WebhookState awaitState(WamockClient session, java.util.function.Predicate<WebhookState> done) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        WebhookState state = session.webhookState();
        while (!done.test(state) && System.nanoTime() < deadline) {
            sleep();
            state = session.webhookState();
        }
        assertThat(done).as("the session's webhook state %s", state).accepts(state);
        return state;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
