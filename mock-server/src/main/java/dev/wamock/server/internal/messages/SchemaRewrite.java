package dev.wamock.server.internal.messages;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What wamock changes in Meta's send schemas at load, so that strict JSON Schema (draft 2020-12) accepts every request
 * example of the operation and still names the offending field of a bad send (docs/messages.md lists each change with
 * the examples that need it). The shipped extraction stays Meta's, byte for byte.
 * <ol>
 * <li>Each message type is {@code allOf: [BaseMessageProperties, {additionalProperties: false, …}]}: under strict
 * JSON Schema the base's properties are "additional" inside the second part, so every send would be refused. Each
 * {@code allOf} is merged into one object (properties and {@code required} of both, the type's own
 * {@code additionalProperties}).</li>
 * <li>{@code recipient_type} and {@code type} are optional (5 and 2 examples omit them; the route reads a missing
 * {@code type} from the message object the body carries, {@code text} when none); {@code messaging_product} must
 * be {@code whatsapp}; a text message's {@code text.body} is required (Meta refuses a text without one).</li>
 * <li>A template's {@code language.policy} is optional (9 examples omit it).</li>
 * <li>A template component's {@code index} is a string or an integer without the pattern {@code ^[2-6, 11-14]$}
 * (a character class that refuses {@code "0"}), its {@code sub_type} any string ({@code CATALOG}, {@code flow}).</li>
 * <li>A location's {@code latitude} and {@code longitude} are numbers or strings (the examples send numbers).</li>
 * <li>Interactive {@code order_details} and {@code order_status} messages, with their {@code review_and_pay} and
 * {@code review_order} actions, are known.</li>
 * <li>Mark-as-read takes the {@code typing_indicator} (of type {@code text}) that its example sends; its
 * {@code status} must be {@code read}.</li>
 * </ol>
 */
final class SchemaRewrite {
    /** The message types and their schemas, in the order of {@code Message.oneOf}. */
    static final List<String> TYPES = List.of("text", "audio", "document", "image", "location", "video", "sticker",
            "reaction", "interactive", "template", "contacts");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaRewrite() {
    }

    /** Rewrites {@code schemas} (the extraction's {@code components.schemas}, a copy) in place. */
    static void apply(ObjectNode schemas) {
        annotationsOff(schemas);
        ObjectNode base = (ObjectNode) schemas.get("BaseMessageProperties");
        ((ObjectNode) base.get("properties").get("messaging_product")).set("enum", strings("whatsapp"));
        for (JsonNode branch : schemas.get("Message").get("oneOf")) {
            String name = branch.get("$ref").asString().substring("#/components/schemas/".length());
            schemas.set(name, merge(schemas.get(name), base));
        }
        ((ObjectNode) schemas.get("TextMessage").get("properties").get("text")).set("required", strings("body"));
        ObjectNode language = (ObjectNode) schemas.get("LanguageObject");
        language.set("required", strings("code"));
        ObjectNode component = (ObjectNode) schemas.get("TemplateComponent").get("properties");
        ObjectNode index = component.putObject("index");
        index.set("type", strings("string", "integer"));
        component.putObject("sub_type").put("type", "string");
        ObjectNode location = (ObjectNode) schemas.get("LocationMessage").get("properties").get("location").get("properties");
        for (String coordinate : List.of("latitude", "longitude")) {
            ((ObjectNode) location.get(coordinate)).set("type", strings("number", "string"));
        }
        ObjectNode interactiveType = (ObjectNode) schemas.get("InteractiveObject").get("properties").get("type");
        ((ArrayNode) interactiveType.get("enum")).add("order_details").add("order_status");
        ObjectNode order = ((ArrayNode) schemas.get("ActionObject").get("oneOf")).addObject();
        order.set("required", strings("name", "parameters"));
        order.putObject("properties").putObject("name").set("enum", strings("review_and_pay", "review_order"));
        ((ObjectNode) order.get("properties")).putObject("parameters").put("type", "object");
        ObjectNode mark = (ObjectNode) schemas.get("MarkMessageRequestPayload");
        ObjectNode markProperties = (ObjectNode) mark.get("properties");
        ((ObjectNode) markProperties.get("messaging_product")).set("enum", strings("whatsapp"));
        ((ObjectNode) markProperties.get("status")).set("enum", strings("read"));
        ObjectNode typing = markProperties.putObject("typing_indicator");
        typing.put("type", "object").set("required", strings("type"));
        typing.putObject("properties").putObject("type").set("enum", strings("text"));
    }

    /** A message type's {@code allOf: [base, own]} as one object; {@code recipient_type} and {@code type} optional. */
    private static ObjectNode merge(JsonNode type, JsonNode base) {
        JsonNode own = type.get("allOf").get(1);
        ObjectNode merged = NODES.objectNode().put("type", "object");
        ObjectNode properties = merged.putObject("properties");
        properties.setAll((ObjectNode) base.get("properties").deepCopy());
        properties.setAll((ObjectNode) own.get("properties").deepCopy());
        ArrayNode required = merged.putArray("required");
        for (JsonNode list : List.of(base.path("required"), own.path("required"))) {
            for (JsonNode name : list) {
                String n = name.asString();
                if (!n.equals("recipient_type") && !n.equals("type") && !contains(required, n)) {
                    required.add(n);
                }
            }
        }
        if (own.has("additionalProperties")) {
            merged.set("additionalProperties", own.get("additionalProperties").deepCopy());
        }
        return merged;
    }

    /**
     * Takes off OpenAPI's {@code example} and {@code discriminator}, which JSON Schema does not know (the validator
     * would warn of each on the first send); neither constrains a body. The route reads {@code type} itself.
     */
    private static void annotationsOff(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("example", "discriminator"));
        }
        for (JsonNode child : node) {
            annotationsOff(child);
        }
    }

    private static boolean contains(ArrayNode array, String value) {
        for (JsonNode n : array) {
            if (n.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static ArrayNode strings(String... values) {
        ArrayNode array = NODES.arrayNode();
        for (String v : values) {
            array.add(v);
        }
        return array;
    }
}
