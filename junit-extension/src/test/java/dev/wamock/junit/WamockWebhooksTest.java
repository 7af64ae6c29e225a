package dev.wamock.junit;

import static dev.wamock.junit.Webhooks.WAMID;
import static dev.wamock.junit.Webhooks.post;
import static dev.wamock.junit.Webhooks.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook receiver on its own, over real HTTP: recording, signatures, scripted answers, awaits, verification. */
class WamockWebhooksTest {
    private final WamockWebhooks webhooks = WamockWebhooks.start();

    @AfterEach
    void close() {
        webhooks.close();
    }

    @Test
    void aSignedDeliveryIsRecordedWithItsBodyHeadersAndStatusesAndAnswered200() {
        assertThat(post(webhooks.url(), status("delivered"), webhooks.appSecret())).isEqualTo(200);

        ReceivedWebhook d = webhooks.await(1, Duration.ofSeconds(5)).get(0);
        assertThat(d.bodyText()).isEqualTo(status("delivered"));
        assertThat(d.header("content-type")).isEqualTo("application/json");
        assertThat(d.signatureValid()).isTrue();
        assertThat(d.statuses()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(WAMID);
            assertThat(s.status()).isEqualTo("delivered");
            assertThat(s.recipientId()).isEqualTo("16505551234");
        });
        assertThat(d.messages()).isEmpty();
        assertThat(d.describe()).isEqualTo("#1 status delivered " + WAMID + " (signature ok) → 200");
    }

    @Test
    void aTamperedBodyOrAnotherSecretFailsTheSignatureAndACheckingReceiverAnswers403() {
        String signature = dev.wamock.junit.internal.webhooks.HubSignature.of(status("read").getBytes(), webhooks.appSecret());
        post(webhooks.url(), status("read").replace("read", "sent"), signature, Duration.ofSeconds(5));
        post(webhooks.url(), status("read"), "fake-other-secret");
        post(webhooks.url(), status("read"), null, Duration.ofSeconds(5));
        assertThat(webhooks.deliveries()).extracting(ReceivedWebhook::signatureValid).containsExactly(false, false, false);
        assertThat(webhooks.deliveries().get(2).describe()).contains("(unsigned)");

        webhooks.rejectBadSignatures();
        assertThat(post(webhooks.url(), status("read").replace("read", "sent"), signature, Duration.ofSeconds(5)))
                .isEqualTo(403);
        assertThat(post(webhooks.url(), status("read"), webhooks.appSecret())).isEqualTo(200);
    }

    @Test
    void failNextAnswersTheNextDeliveriesWithAnErrorThen200() {
        webhooks.failNext(2);
        List<Integer> answers = List.of(post(webhooks.url(), status("sent"), webhooks.appSecret()),
                post(webhooks.url(), status("sent"), webhooks.appSecret()),
                post(webhooks.url(), status("sent"), webhooks.appSecret()));
        assertThat(answers).containsExactly(500, 500, 200);
        assertThat(webhooks.deliveries()).extracting(ReceivedWebhook::answerStatus).containsExactly(500, 500, 200);
        webhooks.failNext(1, 503);
        assertThat(post(webhooks.url(), status("sent"), webhooks.appSecret())).isEqualTo(503);
        assertThatThrownBy(() -> webhooks.failNext(1, 42)).hasMessageContaining("an HTTP status (100-599)");
    }

    @Test
    void answerSlowlyHoldsTheAnswerLongerThanTheSendersTimeout() {
        webhooks.answerSlowly(Duration.ofSeconds(30));
        assertThatThrownBy(() -> post(webhooks.url(), status("sent"), null, Duration.ofMillis(300)))
                .hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(webhooks.await(1, Duration.ofSeconds(5))).hasSize(1);
        webhooks.answerSlowly(Duration.ZERO);
        assertThat(post(webhooks.url(), status("sent"), webhooks.appSecret())).isEqualTo(200);
    }

    @Test
    void awaitHelpersReturnWhatArrivedAndFailListingIt() {
        post(webhooks.url(), status("sent"), webhooks.appSecret());
        post(webhooks.url(), Webhooks.inbound("16505551234"), webhooks.appSecret());
        assertThat(webhooks.awaitStatus(WAMID, "sent", Duration.ofSeconds(5)).seq()).isEqualTo(1);
        assertThat(webhooks.awaitMessageFrom("16505551234", Duration.ofSeconds(5)).seq()).isEqualTo(2);

        assertThatThrownBy(() -> webhooks.awaitStatus(WAMID, "read", Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("expected a \"read\" status of " + WAMID + " at " + webhooks.url()
                        + " within PT0.1S but 2 arrived without it:")
                .hasMessageContaining("  #1 status sent " + WAMID + " (signature ok) → 200")
                .hasMessageContaining("  #2 message wamid.IN1 from 16505551234 (signature ok) → 200")
                .hasMessageContaining("Fix: check that the client's send ran");
        try (WamockWebhooks idle = WamockWebhooks.start("fake-app-secret-5678")) {
            assertThatThrownBy(() -> idle.await(1, Duration.ofMillis(50))).hasMessageContaining("but no delivery arrived");
        }
    }

    @Test
    void theVerificationGetIsAnsweredWithTheChallengeOnlyForTheVerifyToken() {
        String ok = webhooks.url() + "?hub.mode=subscribe&hub.verify_token=" + webhooks.verifyToken()
                + "&hub.challenge=1158201444";
        var answer = Webhooks.send(HttpRequest.newBuilder(URI.create(ok)).build());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("1158201444");
        var wrong = Webhooks.send(HttpRequest.newBuilder(URI.create(ok.replace(webhooks.verifyToken(), "nope"))).build());
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(webhooks.deliveries()).isEmpty();
    }
}
