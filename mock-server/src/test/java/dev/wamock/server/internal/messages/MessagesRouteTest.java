package dev.wamock.server.internal.messages;

import static dev.wamock.server.internal.messages.Sends.PATH;
import static dev.wamock.server.internal.messages.Sends.TEXT;
import static dev.wamock.server.internal.messages.Sends.send;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.Reply;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code POST /{Version}/{Phone-Number-ID}/messages} as a client sees it: answers, IDs and every kind of bad send. */
@Timeout(60)
class MessagesRouteTest {
    private static WamockServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = WamockServer.builder().port(0).start();
        http = Http.to(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aTextSendIsAnsweredWithTheRecipientAndAWamidAsMessageResponsePayloadDescribesIt() {
        Reply reply = send(http, TEXT);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode answer = reply.json();
        assertThat(MessageSchemas.get().answer().validate(answer)).isEmpty();
        assertThat(answer.path("messaging_product").asString()).isEqualTo("whatsapp");
        assertThat(answer.path("contacts").get(0).path("input").asString()).isEqualTo("+1 555-010-4821");
        assertThat(answer.path("contacts").get(0).path("wa_id").asString()).isEqualTo("15550104821");
        String wamid = answer.path("messages").get(0).path("id").asString();
        assertThat(wamid).matches("wamid\\.[A-Za-z0-9+/]+=*");
        assertThat(Base64.getDecoder().decode(wamid.substring("wamid.".length()))).isNotEmpty();
        assertThat(answer.path("messages").get(0).has("message_status")).isFalse();
        assertThat(reply.header("x-fb-trace-id")).isNotBlank();
    }

    @Test
    void everySendGetsAnIdOfItsOwn() {
        String first = send(http, TEXT).json().path("messages").get(0).path("id").asString();
        String second = send(http, TEXT).json().path("messages").get(0).path("id").asString();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aTemplateSendIsAcceptedAsMetaAnswersIt() {
        Reply reply = send(http, """
                {"messaging_product":"whatsapp","to":"15550104821","type":"template",
                 "template":{"name":"hello_world","language":{"code":"en_US"}}}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("messages").get(0).path("message_status").asString()).isEqualTo("accepted");
    }

    @Test
    void aMarkAsReadWithTheTypingIndicatorIsAnsweredSuccess() {
        Reply reply = send(http, """
                {"messaging_product":"whatsapp","status":"read","message_id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgA=",
                 "typing_indicator":{"type":"text"}}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"success\":true}");
    }

    @Test
    void aSendWithNoTokenGetsTheEndpointsOwn401() {
        Reply endpoint = http.send("GET", "/v23.0/" + Http.NUMBER, null);
        Reply sent = http.send("POST", PATH, TEXT, "Content-Type", "application/json");

        assertThat(sent.status()).isEqualTo(endpoint.status()).isEqualTo(401);
        assertThat(sent.error().path("code").asInt()).isEqualTo(endpoint.error().path("code").asInt());
        assertThat(sent.error().path("message").asString()).isEqualTo(endpoint.error().path("message").asString());
    }

    @Test
    void aBadVersionAndAnUnknownNumberGetTheEndpointsErrors() {
        Reply version = http.send("POST", "/v23/" + Http.NUMBER + "/messages", TEXT, "Content-Type",
                "application/json", "Authorization", "Bearer " + Http.TOKEN);
        Reply number = http.send("POST", "/v23.0/999000111/messages", TEXT, "Content-Type",
                "application/json", "Authorization", "Bearer " + Http.TOKEN);

        assertThat(version.error().path("code").asInt())
                .isEqualTo(http.graph("/v23/" + Http.NUMBER).error().path("code").asInt());
        assertThat(number.status()).isEqualTo(http.graph("/v23.0/999000111").status());
        assertThat(number.error().path("code").asInt())
                .isEqualTo(http.graph("/v23.0/999000111").error().path("code").asInt());
    }

    @Test
    void aBodyThatIsNotJsonIsAGraphErrorNamingTheProblem() {
        Reply reply = send(http, "{\"messaging_product\": \"whatsapp\", ");

        assertWhatsAppError(reply, "the body is not valid JSON");
    }

    @Test
    void anEmptyBodyIsAGraphError() {
        assertWhatsAppError(send(http, ""), "the request has no body");
    }

    @Test
    void aBodyThatIsNotAnObjectIsAGraphError() {
        assertWhatsAppError(send(http, "[1, 2]"), "the body is a JSON array");
    }

    @Test
    void aFormBodyIsRefusedForItsContentType() {
        Reply reply = http.send("POST", PATH, "to=1555&text=hi", "Content-Type", "application/x-www-form-urlencoded",
                "Authorization", "Bearer " + Http.TOKEN);

        assertWhatsAppError(reply, "expected Content-Type application/json, found 'application/x-www-form-urlencoded'");
    }

    @Test
    void anUnknownMessageTypeIsNamedWithTheValidOnes() {
        Reply reply = send(http, TEXT.replace("\"type\":\"text\"", "\"type\":\"txt\""));

        assertWhatsAppError(reply, "type: unknown message type 'txt'; use one of [text, audio");
    }

    @Test
    void anUnknownKeyIsNamedAsMetaNamesIt() {
        Reply reply = send(http, TEXT.replace("\"body\"", "\"bdy\""));

        assertWhatsAppError(reply, "text.bdy: ");
        assertThat(reply.error().path("message").asString()).isEqualTo("(#100) Unexpected key \"bdy\" on param \"text\".");
    }

    @Test
    void onlyTheFirstOffendingFieldIsAnswered() {
        Reply reply = send(http, """
                {"messaging_product":"whatsapp","type":"text","text":{"body":7}}""");

        assertThat(reply.error().path("message").asString()).isEqualTo("(#100) Param text.body must be a string.");
        assertThat(send(http, "{\"type\":\"text\",\"text\":{\"body\":7}}").error().path("message").asString())
                .isEqualTo("(#100) The parameter messaging_product is required.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH"})
    void anotherMethodThanPostGetsTheEndpointsUnsupportedMethodAnswer(String method) {
        Reply reply = http.send(method, PATH, null, "Authorization", "Bearer " + Http.TOKEN);
        Reply endpoint = http.send("POST", "/v23.0/" + Http.NUMBER, null, "Authorization", "Bearer " + Http.TOKEN);

        assertThat(reply.status()).isEqualTo(endpoint.status()).isEqualTo(405);
        assertThat(reply.error().path("code").asInt()).isEqualTo(endpoint.error().path("code").asInt());
        assertThat(reply.error().path("type").asString()).isEqualTo(endpoint.error().path("type").asString());
        assertThat(reply.error().path("message").asString())
                .isEqualTo("Unsupported " + method.toLowerCase() + " request. This endpoint only supports POST.");
        assertThat(reply.header("Allow")).isEqualTo("POST");
        assertThat(endpoint.header("Allow")).isEqualTo("GET");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWithAGraphShaped413() {
        String huge = TEXT.replace("hello", "x".repeat((1 << 20) + 10));

        Reply reply = send(http, huge);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.error().has("code")).isTrue();
    }

    @Test
    void aSessionsBaseUrlSendsInThatSession() {
        Reply reply = http.send("POST", "/sessions/s-send/v23.0/" + Http.NUMBER + "/messages", TEXT,
                "Content-Type", "application/json", "Authorization", "Bearer " + Http.TOKEN);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static void assertWhatsAppError(Reply reply, String details) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode error = reply.error();
        assertThat(error.path("code").asInt()).isEqualTo(100);
        assertThat(error.path("type").asString()).isEqualTo("OAuthException");
        assertThat(error.path("message").asString()).startsWith("(#100) ");
        assertThat(error.path("fbtrace_id").asString()).isNotBlank();
        assertThat(error.path("error_data").path("messaging_product").asString()).isEqualTo("whatsapp");
        assertThat(error.path("error_data").path("details").asString()).contains(details);
        assertThat(Mappers.JSON.writeValueAsString(error)).doesNotContain("Exception:", "at dev.wamock");
    }
}
