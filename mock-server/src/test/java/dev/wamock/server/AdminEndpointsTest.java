package dev.wamock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.Contract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The admin API under {@code /__wamock}: health and the contract, no token needed. */
class AdminEndpointsTest {
    private static WamockServer server;
    private static GraphHttp http;

    @BeforeAll
    static void start() {
        server = WamockServer.builder().port(0).start();
        http = new GraphHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthIsUpAsJsonWithoutAToken() {
        Reply reply = http.get("/__wamock/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void openApiIsTheContractShippedInTheScenariosJar() {
        Reply reply = http.get("/__wamock/openapi.yaml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).contains("yaml");
        assertThat(reply.body()).isEqualTo(Contract.get().yaml());
    }

    @Test
    void openApiParsesAsTheDocumentWithTheEndpoint() {
        String yaml = http.get("/__wamock/openapi.yaml").body();

        assertThat(YAMLMapper.builder().build().readTree(yaml)
                .path("paths").path("/{Version}/{WhatsApp-Account-Number-ID}").path("get")
                .path("operationId").asString()).isEqualTo("getWhatsAppAccountNumberDetails");
    }

    @Test
    void adminPathsAreNotTakenForTheEndpoint() {
        Reply reply = http.get("/__wamock/106540352242922", GraphHttp.TOKEN_HEADER, GraphHttp.BEARER);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error().path("code").asInt()).isEqualTo(2500);
    }
}
