package dev.wamock.scenarios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Contract;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.engine.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The shipped YAML files are read from the JSON copies the build writes, and those say what the YAML says. */
class BundledYamlTest {

    @ParameterizedTest
    @ValueSource(strings = {Contract.RESOURCE, Fixtures.DEFAULTS_RESOURCE})
    void theBuildShipsAJsonCopyThatSaysWhatTheYamlSays(String yamlResource) throws IOException {
        String jsonCopy = BundledYaml.jsonSibling(yamlResource);

        assertThat(BundledYaml.class.getResource(jsonCopy))
                .as("%s on the classpath: written by the scenarios module's process-classes step", jsonCopy).isNotNull();
        assertThat(BundledYaml.tree(yamlResource)).isEqualTo(yamlTree(yamlResource));
    }

    @Test
    void withoutACopyTheYamlIsRead() {
        String onlyYaml = "/dev/wamock/test/only-yaml.yaml";

        assertThat(BundledYaml.class.getResource(BundledYaml.jsonSibling(onlyYaml))).isNull();
        assertThat(BundledYaml.tree(onlyYaml).path("numbers").get(0).path("status").asString()).isEqualTo("CONNECTED");
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> BundledYaml.tree("/dev/wamock/test/no-such.yaml"))
                .hasMessageContaining("/dev/wamock/test/no-such.yaml is missing from the classpath");
    }

    @Test
    void onlyYamlResourcesHaveACopy() {
        assertThat(BundledYaml.jsonSibling("/a/openapi.yaml")).isEqualTo("/a/openapi.json");
        assertThatThrownBy(() -> BundledYaml.jsonSibling("/a/openapi.yml")).hasMessageContaining("not a .yaml resource");
    }

    private static JsonNode yamlTree(String resource) throws IOException {
        try (InputStream in = BundledYaml.class.getResourceAsStream(resource)) {
            return Mappers.strictYaml().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
