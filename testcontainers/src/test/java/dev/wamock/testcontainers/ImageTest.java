package dev.wamock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import dev.wamock.server.testing.Http;
import dev.wamock.testcontainers.internal.ImageDefaults;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/** The image itself: small, bound to all interfaces, configured by arguments, mounts, and SIGTERM. */
@NeedsWamockImage
class ImageTest {

    @Test
    void theImageIsAtMost64MbLoaded() {
        InspectImageResponse image = DockerClientFactory.instance().client().inspectImageCmd(ImageDefaults.IMAGE).exec();

        // 60 MB until the Redis client came in for --state redis:// (Lettuce, Netty, Reactor: 7.5 MB of jars)
        assertThat(image.getSize()).as("loaded size of %s in bytes (goal: 64 MB)", ImageDefaults.IMAGE)
                .isLessThanOrEqualTo(64_000_000L);
    }

    @Test
    void theImageListensOnAllInterfacesOnPort8080AndLoadsScenariosFromSlashScenariosAsANonRootUser() {
        var config = DockerClientFactory.instance().client().inspectImageCmd(ImageDefaults.IMAGE).exec().getConfig();

        assertThat(config.getEnv()).contains("WAMOCK_HOST=0.0.0.0", "WAMOCK_PORT=8080", "WAMOCK_SCENARIOS=/scenarios",
                "WAMOCK_ADMIN_ALLOWED_HOSTS=*");
        assertThat(config.getExposedPorts()).extracting(p -> p.getPort()).containsExactly(8080);
        assertThat(config.getUser()).isEqualTo("65532:65532");
    }

    @Test
    void optionsGivenAsArgumentsReachTheServer() {
        try (WamockContainer container = new WamockContainer().withCommand("--journal-capacity", "2")) {
            container.start();
            for (int i = 0; i < 3; i++) {
                Http.to(container.getBaseUrl()).number();
            }

            assertThat(container.journal().size()).isEqualTo(2);
            assertThat(container.journal().dropped()).isEqualTo(1);
        }
    }

    @Test
    void aDirectoryBindMountedAtSlashScenariosIsLoaded() {
        // the bind as `docker run -v DIR:/scenarios:ro` makes it (Testcontainers' own file binds probe
        // with a helper image first, which cannot be pulled here)
        Bind bind = new Bind(Path.of("src/test/resources/scenarios").toAbsolutePath().toString(),
                new Volume(WamockContainer.SCENARIOS_PATH), AccessMode.ro);
        try (WamockContainer container = new WamockContainer()
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withBinds(bind))) {
            container.start();
            container.use("maintenance");

            assertThat(Http.to(container.getBaseUrl()).number().status()).isEqualTo(503);
        }
    }

    @Test
    void sigtermStopsTheServerCleanlyBeforeDockersKill() {
        try (WamockContainer container = new WamockContainer()) {
            container.start();

            assertThat(stopWithSigterm(container)).as("exit code after SIGTERM (143 = 128 + SIGTERM, after the shutdown"
                    + " hook ran; 137 would be docker's SIGKILL after 10 s)").isIn(0L, 143L);
        }
    }

    /** Stress: how soon is a time; docker's kill after 10 s (exit 137) is what the test above rules out. */
    @Test
    @Tag("stress")
    void sigtermStopsTheServerWithinFiveSeconds() {
        try (WamockContainer container = new WamockContainer()) {
            container.start();
            long start = System.nanoTime();

            stopWithSigterm(container);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time from SIGTERM to exit")
                    .isLessThan(Duration.ofSeconds(5));
        }
    }

    /** {@code docker stop} with a 10 s grace; the container's exit code. */
    private static Long stopWithSigterm(WamockContainer container) {
        DockerClient docker = container.getDockerClient();
        docker.stopContainerCmd(container.getContainerId()).withTimeout(10).exec();
        return docker.inspectContainerCmd(container.getContainerId()).exec().getState().getExitCodeLong();
    }
}
