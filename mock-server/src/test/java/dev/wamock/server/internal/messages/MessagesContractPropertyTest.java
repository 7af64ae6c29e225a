package dev.wamock.server.internal.messages;

import static dev.wamock.server.internal.messages.Sends.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The send contract over every example Meta's OpenAPI gives for the operation's request body: each is accepted; and
 * for each, every required field (at any depth the example reaches, through objects and first array items) removed,
 * or given a value of another JSON type, is refused with code 100 naming that field.
 */
@Timeout(120)
class MessagesContractPropertyTest {
    /** The only change made to an example: Meta's Multi-Product example has a placeholder where the schema has an enum. */
    private static final Map<String, String> PLACEHOLDERS = Map.of("\"<HEADER_TYPE>\"", "\"text\"");
    private static WamockServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        // the contract only: limits no run of these ~460 sends reaches (the limits have their own tests)
        server = WamockServer.builder().port(0).messagingLimits(MessagingLimits.defaults().withMessagesPerSecond(100_000)
                .withPairLimit(Duration.ofSeconds(6), 100_000)).start();
        http = Http.to(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theOperationHasMetasFiftyExamplesAndTheMessageSchemasNoWholeBodyOne() throws IOException {
        assertThat(examples()).hasSize(50);
        assertThat(extraction().get("components").get("schemas").findValues("examples")).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRequestBodyExampleIsAccepted() throws IOException {
        return examples().entrySet().stream().map(example -> DynamicTest.dynamicTest(example.getKey(), () -> {
            Reply reply = send(http, example.getValue().toString());

            assertThat(reply.status()).as("%s\n%s", example.getValue(), reply.body()).isEqualTo(200);
        }));
    }

    @Test
    void aTemplateBuiltFromTheComponentsExampleOfTemplateObjectIsAccepted() throws IOException {
        JsonNode components = extraction().at("/components/schemas/TemplateObject/properties/components/example");
        ObjectNode send = (ObjectNode) Mappers.JSON.readTree("""
                {"messaging_product":"whatsapp","to":"15550104821","type":"template",
                 "template":{"name":"order_confirmation","language":{"code":"en_US"}}}""");
        ((ObjectNode) send.get("template")).set("components", components);

        assertThat(send(http, send.toString()).status()).isEqualTo(200);
    }

    @TestFactory
    Stream<DynamicTest> aRequiredFieldRemovedOrOfAnotherTypeIsRefusedNamingIt() throws IOException {
        JsonNode document = MessageSchemas.get().document();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> example : examples().entrySet()) {
            ObjectNode body = (ObjectNode) example.getValue();
            boolean mark = body.has("status");
            if (!mark) {
                body.put("type", SendValidation.typeOf(body)); // what the route reads when it is missing
            }
            JsonNode schema = mark ? document.at("/components/schemas/MarkMessageRequestPayload")
                    : document.at(document.at("/components/schemas/Message/oneOf").findValues("$ref").stream()
                            .map(JsonNode::asString).filter(r -> r.toLowerCase().endsWith("/" + body.get("type")
                                    .asString() + "message")).findFirst().orElseThrow().substring(1));
            for (Required field : required(document, schema, body, "")) {
                if (mark && field.path().equals("status")) {
                    continue; // a body without status is a message, not a mark-as-read
                }
                tests.add(DynamicTest.dynamicTest(example.getKey() + ": without " + field.path(),
                        () -> assertRefusedNaming(mutate(body, field.path(), null), field.path())));
                JsonNode wrong = field.schema().path("type").toString().contains("boolean") ? IntNode.valueOf(7)
                        : BooleanNode.TRUE;
                tests.add(DynamicTest.dynamicTest(example.getKey() + ": " + field.path() + " = " + wrong,
                        () -> assertRefusedNaming(mutate(body, field.path(), wrong), field.path())));
            }
        }
        assertThat(tests).hasSizeGreaterThan(200);
        return tests.stream();
    }

    private static void assertRefusedNaming(JsonNode body, String field) {
        Reply reply = send(http, body.toString());

        assertThat(reply.status()).as("%s\n%s", body, reply.body()).isEqualTo(400);
        assertThat(reply.error().path("code").asInt()).isEqualTo(100);
        assertThat(reply.error().path("message").asString()).as(reply.body()).contains(last(field));
        assertThat(reply.error().path("error_data").path("details").asString()).as(reply.body()).startsWith(field + ":");
    }

    /** A required field at {@code path} and its schema. */
    private record Required(String path, JsonNode schema) {
    }

    /** The required fields {@code instance} has, by {@code schema}, through objects and the first item of arrays. */
    private static List<Required> required(JsonNode document, JsonNode schema, JsonNode instance, String prefix) {
        schema = resolve(document, schema);
        List<Required> out = new ArrayList<>();
        for (JsonNode name : schema.path("required")) {
            JsonNode value = instance.get(name.asString());
            if (value == null) {
                continue;
            }
            String path = prefix + name.asString();
            JsonNode property = resolve(document, schema.path("properties").path(name.asString()));
            out.add(new Required(path, property));
            if (value.isObject() && !property.has("oneOf")) {
                out.addAll(required(document, property, value, path + "."));
            } else if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                JsonNode items = resolve(document, property.path("items"));
                if (!items.has("oneOf")) {
                    out.addAll(required(document, items, value.get(0), path + "[0]."));
                }
            }
        }
        return out;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        return schema.has("$ref") ? resolve(document, document.at(schema.get("$ref").asString().substring(1))) : schema;
    }

    /** {@code body} with the field at {@code path} ({@code a.b[0].c}) removed ({@code value} null) or set. */
    private static JsonNode mutate(JsonNode body, String path, JsonNode value) {
        JsonNode copy = body.deepCopy();
        String[] steps = path.replace("[0]", ".0").split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent instanceof ArrayNode array ? array.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy;
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The operation's request-body examples, by name, placeholders of enums replaced ({@link #PLACEHOLDERS}). */
    static Map<String, JsonNode> examples() throws IOException {
        JsonNode examples = extraction().at("/paths/~1{Version}~1{Phone-Number-ID}~1messages/post/requestBody/content")
                .path("application/json").path("examples");
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : examples.properties()) {
            String text = e.getValue().get("value").toString();
            for (Map.Entry<String, String> p : PLACEHOLDERS.entrySet()) {
                text = text.replace(p.getKey(), p.getValue());
            }
            out.put(e.getKey(), Mappers.JSON.readTree(text));
        }
        return out;
    }

    private static JsonNode extraction() throws IOException {
        try (InputStream in = MessageSchemas.class.getResourceAsStream(MessageSchemas.RESOURCE)) {
            return Mappers.JSON.readTree(in);
        }
    }
}
