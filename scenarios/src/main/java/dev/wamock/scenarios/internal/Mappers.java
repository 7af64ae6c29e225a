package dev.wamock.scenarios.internal;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The shared, thread-safe Jackson mappers. Internal: not part of wamock's API. */
public final class Mappers {
    /** Lenient JSON mapper for wire bodies. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** Strict JSON mapper for files users write: unknown properties are errors. */
    public static final JsonMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Strict YAML mapper for files users write; built on first use (the YAML parser is ~130 classes). */
    public static YAMLMapper strictYaml() {
        return Yaml.STRICT;
    }

    private static final class Yaml {
        static final YAMLMapper STRICT = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    private Mappers() {
    }
}
