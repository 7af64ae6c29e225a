package dev.wamock.scenarios.engine;

import dev.wamock.scenarios.internal.BoundedText;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The shared, thread-safe Jackson mappers. Internal: not part of wamock's API. */
public final class Mappers {
    static {
        JacksonAnnotations.require(); // before Jackson fails on an older jackson-annotations with a bare NoClassDefFoundError
    }

    /** Lenient JSON mapper for wire bodies. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** Strict JSON mapper for files users write: unknown properties and a key given twice in one object are errors. */
    public static final JsonMapper STRICT_JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Strict YAML mapper for files users write, as {@link #STRICT_JSON}; built on first use (the YAML parser is ~130 classes). */
    public static YAMLMapper strictYaml() {
        return Yaml.STRICT;
    }

    private static final class Yaml {
        /** snakeyaml's own bound (3 MB of code points by default) follows the file-size bound, so only that one speaks. */
        static final YAMLMapper STRICT = YAMLMapper.builder(YAMLFactory.builder()
                        .loadSettings(LoadSettings.builder().setCodePointLimit(BoundedText.MAX_BYTES).build()).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    private Mappers() {
    }
}
