package dev.wamock.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookOptions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/** The schema the webhook tests check bodies with, checked itself against the OpenAPI's examples. */
@Timeout(60)
class WebhookSchemaTest {
    @Test
    void everyUserMessageExampleOfTheOpenApiIsAValidWebhookPayload() {
        Map<String, JsonNode> examples = new java.util.LinkedHashMap<>(WebhookSchema.examples());
        // the published SystemMessage has IncomingMessage's defect (it requires the send request's fields), and the
        // group examples fail their schemas too; wamock sends neither, so they are left out
        examples.values().removeIf(e -> !"messages".equals(e.at("/entry/0/changes/0/field").asString()));
        JsonNode system = examples.remove("System Message");

        assertThat(examples).hasSizeGreaterThan(10);
        examples.forEach((name, body) -> assertThat(WebhookSchema.violations(body)).as(name).isEmpty());
        assertThat(WebhookSchema.violations(system)).anyMatch(v -> v.contains("required property 'to'"));
    }

    @Test
    void thePublishedIncomingMessageRejectsTheOpenApisOwnTextExampleWhichIsWhyItIsStoodIn() {
        JsonNode message = WebhookSchema.examples().get("Text Message").at("/entry/0/changes/0/value/messages/0");

        assertThat(WebhookSchema.violationsOfPublishedIncomingMessage(message)).isNotEmpty();
    }

    @Test
    void inboundBodiesHaveTheShapeOfTheOpenApisExamplesOfTheirType() throws Exception {
        try (Receiver receiver = new Receiver();
             WamockServer server = WamockServer.builder().webhooks(WebhookOptions.to(receiver.url())).start()) {
            server.inbound().text(Sends.USER, "hi");
            server.webhooks().awaitDeliveries(1, Duration.ofSeconds(10));
            server.inbound().location(Sends.USER, 37.44, -122.16);
            server.webhooks().awaitDeliveries(2, Duration.ofSeconds(10));
            server.inbound().reaction(Sends.USER, "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0RTJEOTc2ODVERUY5RDlGNkYA", "👍");
            var all = server.webhooks().awaitDeliveries(3, Duration.ofSeconds(10));

            assertThat(shapeOf(all.get(0))).isEqualTo(exampleShape("Text Message"));
            assertThat(shapeOf(all.get(1))).isSubsetOf(exampleShape("Location Message"));
            assertThat(shapeOf(all.get(2))).isEqualTo(exampleShape("Reaction Message"));
        }
    }

    private static java.util.Set<String> shapeOf(WebhookDelivery d) {
        return WebhookSchema.shape(Mappers.JSON.readTree(d.body()));
    }

    private static java.util.Set<String> exampleShape(String name) {
        return WebhookSchema.shape(WebhookSchema.examples().get(name));
    }
}
