package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Contract;
import dev.wamock.server.testing.Reply;
import dev.wamock.server.testing.ServerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The admin API under {@code /__wamock}: health and the contract, no token needed. */
class AdminEndpointsTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();

    @Test
    void healthIsUpAsJsonWithoutAToken() {
        Reply reply = SERVER.http().get("/__wamock/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void openApiIsTheContractShippedInTheScenariosJar() {
        Reply reply = SERVER.http().get("/__wamock/openapi.yaml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).contains("yaml");
        assertThat(reply.body()).isEqualTo(Contract.get().yaml());
    }

    @Test
    void openApiParsesAsTheDocumentWithTheEndpoint() {
        String yaml = SERVER.http().get("/__wamock/openapi.yaml").body();

        assertThat(YAMLMapper.builder().build().readTree(yaml)
                .path("paths").path("/{Version}/{WhatsApp-Account-Number-ID}").path("get")
                .path("operationId").asString()).isEqualTo("getWhatsAppAccountNumberDetails");
    }

    @Test
    void adminPathsAreNotTakenForTheEndpoint() {
        Reply reply = SERVER.http().graph("/__wamock/106540352242922");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error().path("code").asInt()).isEqualTo(2500);
    }
}
