package dev.wamock.scenarios.engine;

import dev.wamock.scenarios.InvalidFileException;
import dev.wamock.scenarios.internal.Suggestions;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads a user's JSON or YAML file into a type, turning every Jackson failure into an
 * {@link InvalidFileException} with file, line, column and field. Internal.
 */
public final class FileReader {
    private FileReader() {
    }

    /** YAML for {@code .yaml}/{@code .yml}, JSON otherwise. */
    public static ObjectMapper mapperFor(String fileName) {
        String lower = fileName.toLowerCase();
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? Mappers.strictYaml() : Mappers.STRICT_JSON;
    }

    /**
     * Reads {@code content} as a {@code type}, strictly (unknown properties and duplicate keys are errors).
     *
     * @throws dev.wamock.scenarios.InvalidFileException naming the file, line, column and field of the first problem
     */
    public static <T> T read(String fileName, String content, Class<T> type) {
        try {
            return mapperFor(fileName).readValue(content, type);
        } catch (JacksonException e) {
            throw invalid(fileName, content, e);
        }
    }

    /** Converts a Jackson failure into a message a user can act on. */
    static InvalidFileException invalid(String fileName, String content, JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        int[] mark = yamlProblemMark(e);
        if (mark != null) { // a YAML syntax error: where the scanner found it, not Jackson's last token
            line = mark[0];
            column = mark[1];
        }
        String duplicateKey = duplicateKeyIn(rootMessage(e));
        String unknownKey = e instanceof UnrecognizedPropertyException u ? u.getPropertyName() : unknownKeyIn(rootMessage(e));
        String misplacedKey = unknownKey != null ? unknownKey : duplicateKey;
        if (misplacedKey != null && line > 0) {
            // creators buffer properties, so Jackson reports the end of the object: find the key itself
            int[] key = lastKeyBefore(content, misplacedKey, line);
            if (key != null) {
                line = key[0];
                column = key[1];
            }
        }
        String field = fieldPath(e.getPath());
        if (unknownKey != null && !field.endsWith(unknownKey)) {
            field = field.isEmpty() ? unknownKey : field + "." + unknownKey;
        }
        String problem;
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            problem = "unknown field '" + u.getPropertyName() + "'"
                    + Suggestions.didYouMean(u.getPropertyName(), known) + "; valid fields: " + known;
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            List<String> allowed = java.util.Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString).toList();
            problem = "'" + f.getValue() + "' is not allowed" + Suggestions.didYouMean(String.valueOf(f.getValue()), allowed)
                    + "; allowed: " + allowed;
        } else if (duplicateKey != null) {
            problem = "duplicate key '" + duplicateKey + "': a key may appear once in an object; remove or merge one";
        } else {
            problem = rootMessage(e);
        }
        return new InvalidFileException(fileName, line, column, field, problem);
    }

    /** 1-based line and column snakeyaml reports, if the failure is a YAML syntax error. */
    private static int[] yamlProblemMark(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException m) {
                // "while scanning a quoted scalar" (the context) starts where the scalar does, not at the end of the file
                var mark = m.getContextMark().or(m::getProblemMark);
                if (mark.isPresent()) {
                    return new int[] {mark.get().getLine() + 1, mark.get().getColumn() + 1};
                }
            }
        }
        return null;
    }

    /** The key of Jackson's {@code Duplicate Object property "name"} (StreamReadFeature.STRICT_DUPLICATE_DETECTION). */
    private static String duplicateKeyIn(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Duplicate Object property \"(.+)\"$").matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static String unknownKeyIn(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^unknown field '([^']+)'").matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /** 1-based line and column of the last {@code name:} / {@code "name"} key on or before {@code line}. */
    private static int[] lastKeyBefore(String content, String name, int line) {
        java.util.regex.Pattern key = java.util.regex.Pattern.compile(
                "(^|[\\s{,-])(\"?)" + java.util.regex.Pattern.quote(name) + "\\2\\s*:");
        String[] lines = content.split("\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            java.util.regex.Matcher m = key.matcher(lines[i]);
            if (m.find()) {
                return new int[] {i + 1, m.start() + m.group(1).length() + 1};
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t instanceof JacksonException j ? j.getOriginalMessage() : t.getMessage();
        return m == null ? t.getClass().getSimpleName()
                : m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(t.getClass().getSimpleName());
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
