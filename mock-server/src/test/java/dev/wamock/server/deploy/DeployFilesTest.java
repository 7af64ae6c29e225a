package dev.wamock.server.deploy;

import static dev.wamock.server.deploy.DeployFiles.COMPOSE;
import static dev.wamock.server.deploy.DeployFiles.HAPROXY;
import static dev.wamock.server.deploy.DeployFiles.K8S_REDIS;
import static dev.wamock.server.deploy.DeployFiles.K8S_WAMOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.ServerSetting;
import dev.wamock.server.WamockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The compose and Kubernetes files of docs/scale-out.md name what the server and its image really have. */
class DeployFilesTest {
    private static final String HEALTH = "/__wamock/health";
    private static final String STATE = "redis://redis:6379/0";
    private static final List<String> REPLICAS = List.of("wamock-1", "wamock-2", "wamock-3");

    @Test
    void composeRunsThreeReplicasOfTheImageJibBuildsOnTheSharedRedis() {
        JsonNode services = DeployFiles.yaml(COMPOSE).path("services");

        for (String replica : REPLICAS) {
            JsonNode service = services.path(replica);
            assertThat(service.path("image").asString()).as(replica).isEqualTo(jibImage());
            assertThat(service.path("environment").path("WAMOCK_STATE").asString()).as(replica).isEqualTo(STATE);
            assertThat(service.path("depends_on").path("redis").path("condition").asString()).isEqualTo("service_healthy");
        }
        assertThat(services.path("redis").path("image").asString()).isEqualTo("redis:7");
        assertThat(services.path("haproxy").path("volumes").get(0).asString())
                .isEqualTo("./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
        assertThat(services.path("haproxy").path("ports").get(0).asString()).endsWith(":8080:8080");
    }

    @Test
    void haproxyBalancesRoundRobinOverTheThreeReplicasWithAHealthCheckOnTheHealthRoute() {
        String config = DeployFiles.read(HAPROXY);

        assertThat(DeployFiles.haproxyServers(config)).allSatisfy(s -> {
            assertThat(s.port()).isEqualTo(8080);
            assertThat(s.options().split("\\s+")).contains("check");
        }).extracting(DeployFiles.HaproxyServer::host).containsExactlyElementsOf(REPLICAS);
        assertThat(DeployFiles.haproxyLine(config, "balance")).isEqualTo("roundrobin");
        assertThat(DeployFiles.haproxyLine(config, "bind")).isEqualTo(":8080");
        assertThat(DeployFiles.haproxyLine(config, "http-check send")).contains("uri " + HEALTH + " ");
    }

    @Test
    void kubernetesRunsThreeReplicasProbedOnTheHealthRouteBehindAService() {
        JsonNode deployment = DeployFiles.k8s(K8S_WAMOCK, "Deployment", "wamock");
        JsonNode pod = deployment.path("spec").path("template");
        JsonNode container = pod.path("spec").path("containers").get(0);

        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(deployment.path("spec").path("selector").path("matchLabels")).isEqualTo(pod.path("metadata").path("labels"));
        assertThat(container.path("image").asString()).isEqualTo(jibImage());
        assertThat(env(container, "WAMOCK_STATE")).isEqualTo(STATE);
        for (String probe : List.of("readinessProbe", "livenessProbe")) {
            assertThat(container.path(probe).path("httpGet").path("path").asString()).as(probe).isEqualTo(HEALTH);
            assertThat(container.path(probe).path("httpGet").path("port").asString()).as(probe).isEqualTo("http");
        }
        assertThat(container.path("ports").get(0).path("name").asString()).isEqualTo("http");
        assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(8080);
        assertThat(container.path("resources").path("limits").path("memory").isMissingNode()).isFalse();
        assertThat(container.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(DeployFiles.read(DeployFiles.ROOT.resolve("mock-server/pom.xml")))
                .as("runAsNonRoot needs the image's user as a number").containsPattern("<user>[1-9][0-9]*:[0-9]+</user>");

        JsonNode service = DeployFiles.k8s(K8S_WAMOCK, "Service", "wamock").path("spec");
        assertThat(service.path("selector")).isEqualTo(pod.path("metadata").path("labels"));
        assertThat(service.path("ports").get(0).path("targetPort").asString()).isEqualTo("http");
    }

    @Test
    void theRedisTheReplicasNameIsAServiceOnItsPortSelectingTheRedisPod() {
        URI state = URI.create(STATE);
        JsonNode deployment = DeployFiles.k8s(K8S_REDIS, "Deployment", state.getHost());
        JsonNode service = DeployFiles.k8s(K8S_REDIS, "Service", state.getHost()).path("spec");

        assertThat(service.path("ports").get(0).path("port").asInt()).isEqualTo(state.getPort());
        assertThat(service.path("selector")).isEqualTo(deployment.path("spec").path("template").path("metadata").path("labels"));
        assertThat(deployment.path("spec").path("template").path("spec").path("containers").get(0)
                .path("ports").get(0).path("containerPort").asInt()).isEqualTo(state.getPort());
    }

    @Test
    void everyWamockVariableTheFilesSetIsOneTheServerReads() {
        List<String> read = Arrays.stream(ServerSetting.values()).map(ServerSetting::env).toList();
        Matcher set = Pattern.compile("\\b(WAMOCK_[A-Z_]+)\\b")
                .matcher(DeployFiles.read(COMPOSE) + DeployFiles.read(K8S_WAMOCK));

        assertThat(set.results().map(m -> m.group(1)).distinct()).isNotEmpty().allSatisfy(name ->
                assertThat(read).as("the WAMOCK_* variables --help lists").contains(name));
    }

    @Test
    void theHealthRouteTheFilesProbeAnswersUpWithoutAnAdminToken() throws Exception {
        try (WamockServer server = WamockServer.builder().port(0).adminToken("fake-admin-token").start()) {
            var response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + HEALTH)).build(),
                    BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"UP\"");
        }
    }

    private static String env(JsonNode container, String name) {
        return StreamSupport.stream(container.path("env").spliterator(), false)
                .filter(e -> e.path("name").asString().equals(name)).map(e -> e.path("value").asString())
                .findFirst().orElse(null);
    }

    /** {@code wamock.image.name:version} as mock-server/pom.xml's Jib configuration tags the image. */
    private static String jibImage() {
        String pom = DeployFiles.read(DeployFiles.ROOT.resolve("mock-server/pom.xml"));
        Matcher name = Pattern.compile("<wamock\\.image\\.name>([^<]+)<").matcher(pom);
        Matcher version = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        assertThat(name.find() && version.find()).as("mock-server/pom.xml names the image and the version").isTrue();
        assertThat(pom).contains("<image>${wamock.image.name}:${project.version}</image>");
        return name.group(1) + ":" + version.group(1);
    }
}
