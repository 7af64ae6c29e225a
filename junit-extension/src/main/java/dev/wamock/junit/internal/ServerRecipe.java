package dev.wamock.junit.internal;

import dev.wamock.junit.WamockWebhooks;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioFiles;
import dev.wamock.server.ServerOptions;
import dev.wamock.server.WamockServer;
import dev.wamock.server.WebhookOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A {@link WamockConfig} with its classpath resources read and parsed, once per run: the {@link ServerOptions} a
 * server of it starts with, so starting one does nothing slow but the start itself.
 */
record ServerRecipe(ServerOptions options) {

    /** Reads the configuration's resources through {@code anchor}'s class loader, over the options set in code. */
    static ServerRecipe of(WamockConfig config, Class<?> anchor) {
        ServerOptions options = config.server();
        if (config.fixturesResource() != null) {
            String name = config.fixturesResource();
            options = options.withFixtures(Fixtures.parse("classpath:" + absolute(name), read(anchor, name, "fixtures"),
                    options.fixtures()));
        }
        if (config.limitsResource() != null) {
            String name = config.limitsResource();
            options = options.withMessagingLimits(MessagingLimits.parse("classpath:" + absolute(name),
                    read(anchor, name, "messagingLimits")));
        }
        List<Scenario> scenarios = new ArrayList<>(options.scenarios());
        for (String name : config.scenarioResources()) {
            scenarios.addAll(ScenarioFiles.parse("classpath:" + absolute(name), read(anchor, name, "scenarioFiles")));
        }
        return new ServerRecipe(options.withScenarios(scenarios));
    }

    /** The scenarios of the code and of the resources. */
    List<Scenario> scenarios() {
        return options.scenarios();
    }

    /**
     * A server on loopback, on a free port, signing webhooks with the {@link WamockWebhooks} receiver's fake app secret
     * (no callback until a test asks for the receiver: {@link WebhookWiring}).
     */
    WamockServer start() {
        return WamockServer.builder().options(options).webhooks(WebhookOptions.none()
                .withAppSecret(WamockWebhooks.DEFAULT_APP_SECRET).withVerifyToken(WamockWebhooks.DEFAULT_VERIFY_TOKEN))
                .start();
    }

    private static String read(Class<?> anchor, String resource, String attribute) {
        String path = absolute(resource);
        ClassLoader loader = anchor.getClassLoader() != null ? anchor.getClassLoader() : ClassLoader.getSystemClassLoader();
        try (InputStream in = loader.getResourceAsStream(path.substring(1))) {
            if (in == null) {
                throw new ExtensionConfigurationException(attribute + " = \"" + resource + "\": no resource " + path
                        + " on the classpath of " + anchor.getName() + "; put the file at src/test/resources" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + path, e);
        }
    }

    private static String absolute(String resource) {
        return resource.startsWith("/") ? resource : "/" + resource;
    }
}
