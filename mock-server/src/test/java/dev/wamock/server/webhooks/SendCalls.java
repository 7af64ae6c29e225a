package dev.wamock.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.WamockClock;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.server.Webhooks;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.time.Duration;
import java.util.List;

/** Sends over real HTTP to {@link Http#NUMBER}'s messages route, as a client makes them, and the statuses that follow. */
final class SendCalls {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private SendCalls() {
    }

    /** A {@code hello_world} template to {@code to}: goes outside the 24-hour window. */
    static String template(String to) {
        return "{\"messaging_product\": \"whatsapp\", \"to\": \"" + to + "\", \"type\": \"template\", \"template\":"
                + " {\"name\": \"hello_world\", \"language\": {\"code\": \"en_US\"}}}";
    }

    /** A text to {@code to}: fails later with 131047 unless {@code to} wrote in the last 24 hours. */
    static String text(String to) {
        return "{\"messaging_product\": \"whatsapp\", \"to\": \"" + to + "\", \"type\": \"text\", \"text\": {\"body\":"
                + " \"hello back\"}}";
    }

    /** {@code POST /v23.0/<number>/messages} with {@code body} to {@code wamock} (a server or a session). */
    static Reply post(WamockControl wamock, String body) {
        return Http.to(wamock).send("POST", "/v23.0/" + Http.NUMBER + "/messages", body,
                "Authorization", "Bearer " + Http.TOKEN, "Content-Type", "application/json");
    }

    /** The code of a send's error answer, or null when it was answered with a message ID. */
    static Integer code(Reply reply) {
        return reply.status() == 200 ? null : reply.error().path("code").asInt();
    }

    /**
     * Sends a text to {@code to} through {@code wamock}, whose clock is manual, and advances the clock by the second
     * after which {@code delivered} (window open) or {@code failed} (131047) is due: the first two statuses of that
     * message (by its wamid) that {@code hooks} gets.
     */
    static List<String> textStatuses(WamockControl wamock, Webhooks hooks, String to) {
        Reply sent = post(wamock, text(to));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        String wamid = sent.json().path("messages").path(0).path("id").asString();
        WamockClock clock = wamock.clock();
        clock.advance(Duration.ofSeconds(1));
        return hooks.await(all -> of(all, wamid).size() >= 2, WAIT, "the first two statuses of " + wamid)
                .stream().filter(d -> wamid.equals(d.wamid())).limit(2).map(WebhookDelivery::status).toList();
    }

    private static List<WebhookDelivery> of(List<WebhookDelivery> all, String wamid) {
        return all.stream().filter(d -> wamid.equals(d.wamid())).toList();
    }
}
