package dev.wamock.junit.internal;

import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioFiles;
import dev.wamock.server.WamockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A {@link WamockConfig} with its classpath resources read and parsed, once per run: starting a server
 * from it does nothing slow but the start itself. New server options (a profile, a test clock) are
 * passed on to the server's builder in {@link #start()}.
 */
record ServerRecipe(Fixtures fixtures, List<Scenario> scenarios, String requireToken,
                    dev.wamock.scenarios.Profile profile, boolean https, boolean proxy) {

    ServerRecipe {
        scenarios = List.copyOf(scenarios);
    }

    /** Reads the configuration's resources through {@code anchor}'s class loader. */
    static ServerRecipe of(WamockConfig config, Class<?> anchor) {
        Fixtures fixtures = config.fixtures() == null ? Fixtures.defaults() : config.fixtures();
        if (config.fixturesResource() != null) {
            String name = config.fixturesResource();
            fixtures = Fixtures.parse("classpath:" + absolute(name), read(anchor, name, "fixtures"), fixtures);
        }
        List<Scenario> scenarios = new ArrayList<>(config.scenarios());
        for (String name : config.scenarioResources()) {
            scenarios.addAll(ScenarioFiles.parse("classpath:" + absolute(name), read(anchor, name, "scenarioFiles")));
        }
        return new ServerRecipe(fixtures, scenarios, config.requireToken(), config.profile(), config.https(),
                config.proxy());
    }

    /** A server on loopback, on a free port. */
    WamockServer start() {
        WamockServer.Builder builder = WamockServer.builder()
                .port(0)
                .fixtures(fixtures)
                .scenarios(scenarios.toArray(Scenario[]::new))
                .profile(profile);
        if (requireToken != null) {
            builder.requireToken(requireToken);
        }
        if (https) {
            builder.https();
        }
        if (proxy) {
            builder.proxy();
        }
        return builder.start();
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
