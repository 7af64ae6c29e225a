package dev.wamock.scenarios.internal;

import dev.wamock.scenarios.engine.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import tools.jackson.databind.JsonNode;

/**
 * The YAML files shipped in this jar (the contract, the default numbers), read as trees. The build
 * writes a JSON copy next to each ({@code openapi.yaml} → {@code openapi.json}, by {@link #main}), and
 * reading takes the copy: a start then loads no YAML parser (about 130 classes) and parses less, some
 * 30 ms of a cold start and 50 ms of a JVM's first JUnit test. Without the copy (a build that skipped
 * Maven's {@code process-classes}, such as an IDE's) it reads the YAML. The YAML stays the source.
 */
public final class BundledYaml {
    private BundledYaml() {
    }

    /** The tree of {@code yamlResource} (an absolute classpath path ending in {@code .yaml}). */
    public static JsonNode tree(String yamlResource) {
        try (InputStream json = BundledYaml.class.getResourceAsStream(jsonSibling(yamlResource))) {
            if (json != null) {
                return Mappers.JSON.readTree(json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Mappers.strictYaml().readTree(text(yamlResource));
    }

    /** The text of a resource of this jar, as shipped. */
    public static String text(String resource) {
        try (InputStream in = BundledYaml.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code /a/b.yaml} → {@code /a/b.json}. */
    public static String jsonSibling(String yamlResource) {
        if (!yamlResource.endsWith(".yaml")) {
            throw new IllegalArgumentException("not a .yaml resource: " + yamlResource);
        }
        return yamlResource.substring(0, yamlResource.length() - ".yaml".length()) + ".json";
    }

    /**
     * Build step ({@code process-classes}): {@code <classes dir> <resource>...} writes the JSON copy of
     * each YAML resource in the classes directory. An unchanged copy is left untouched: a newer file
     * would make every module that depends on these classes recompile in the next build.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: BundledYaml <classes dir> </path/file.yaml>...");
        }
        Path classes = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path yaml = classes.resolve(args[i].substring(1));
            JsonNode tree = Mappers.strictYaml().readTree(Files.readString(yaml, StandardCharsets.UTF_8));
            byte[] json = Mappers.JSON.writeValueAsBytes(tree);
            Path copy = classes.resolve(jsonSibling(args[i]).substring(1));
            if (!Files.exists(copy) || !Arrays.equals(Files.readAllBytes(copy), json)) {
                Files.write(copy, json);
            }
        }
    }
}
