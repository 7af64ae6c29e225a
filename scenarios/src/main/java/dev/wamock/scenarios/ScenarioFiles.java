package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.wamock.scenarios.engine.FileReader;
import dev.wamock.scenarios.internal.BoundedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads scenario files: YAML ({@code .yaml}/{@code .yml}) or JSON, each holding one scenario
 * ({@code name}, {@code description}, {@code cycle}, {@code steps}) or several under {@code scenarios:}.
 * A malformed file fails with an {@link InvalidFileException} naming file, line, column and field
 * (a key given twice in one object included); a file that is not a regular file, is larger than 4 MiB or
 * is not UTF-8 is refused before parsing ({@code cannot read <file>: <reason>}); nothing is half-loaded.
 * Format: {@code docs/scenarios.md}.
 */
public final class ScenarioFiles {
    private ScenarioFiles() {
    }

    /** Every scenario in a file, or in the {@code .yaml}/{@code .yml}/{@code .json} files of a directory (sorted). */
    public static List<Scenario> load(Path fileOrDirectory) {
        List<Path> files;
        if (Files.isDirectory(fileOrDirectory)) {
            try (Stream<Path> list = Files.list(fileOrDirectory)) {
                files = list.filter(ScenarioFiles::isScenarioFile).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list scenario directory " + fileOrDirectory, e);
            }
        } else if (Files.exists(fileOrDirectory)) {
            files = List.of(fileOrDirectory); // a FIFO or a device is refused by BoundedText, with the reason
        } else {
            throw new IllegalArgumentException("no scenario file or directory at " + fileOrDirectory);
        }
        Map<String, String> origin = new LinkedHashMap<>();
        List<Scenario> all = new ArrayList<>();
        for (Path file : files) {
            String text = BoundedText.read(file);
            for (Scenario s : parse(file.toString(), text)) {
                String before = origin.putIfAbsent(s.name(), file.toString());
                if (before != null) {
                    int[] at = lineOfName(text, s.name());
                    throw new InvalidFileException(file.toString(), at[0], at[1], "name",
                            "scenario '" + s.name() + "' is already defined in " + before);
                }
                all.add(s);
            }
        }
        return List.copyOf(all);
    }

    /** Scenarios from a classpath resource, e.g. {@code /scenarios/flaky.yaml}. */
    public static List<Scenario> loadResource(String resource) {
        String path = resource.startsWith("/") ? resource : "/" + resource;
        try (InputStream in = ScenarioFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario resource " + path + " on the classpath");
            }
            return parse("classpath:" + path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses file content; {@code fileName} picks YAML or JSON and names the file in errors. */
    public static List<Scenario> parse(String fileName, String content) {
        if (content.isBlank()) {
            throw new InvalidFileException(fileName, 1, 1, "", "the file is empty; it needs a scenario (name, steps)");
        }
        ScenarioFile file = FileReader.read(fileName, content, ScenarioFile.class);
        if (file == null) {
            throw new InvalidFileException(fileName, 1, 1, "", "the file holds no document; it needs a scenario (name, steps)");
        }
        return file.scenarios;
    }

    /** 1-based line and column of {@code name: <name>} in a file's text, or 1:1. */
    private static int[] lineOfName(String text, String name) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("\"?name\"?\\s*:\\s*\"?" + java.util.regex.Pattern.quote(name) + "\"?");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = p.matcher(lines[i]);
            if (m.find()) {
                return new int[] {i + 1, m.start() + 1};
            }
        }
        return new int[] {1, 1};
    }

    private static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    /** One file: either a single scenario or a {@code scenarios:} list. */
    static final class ScenarioFile {
        final List<Scenario> scenarios;

        @JsonCreator
        ScenarioFile(@JsonProperty("name") String name, @JsonProperty("description") String description,
                     @JsonProperty("cycle") Boolean cycle,
                     @com.fasterxml.jackson.annotation.JsonSetter(contentNulls = com.fasterxml.jackson.annotation.Nulls.FAIL)
                     @JsonProperty("steps") List<Step> steps,
                     @com.fasterxml.jackson.annotation.JsonSetter(contentNulls = com.fasterxml.jackson.annotation.Nulls.FAIL)
                     @JsonProperty("scenarios") List<Scenario> scenarios) {
            if (scenarios != null) {
                if (name != null || steps != null) {
                    throw new IllegalArgumentException("a file holds either one scenario (name, steps) or a 'scenarios' list, not both");
                }
                this.scenarios = List.copyOf(scenarios);
            } else {
                this.scenarios = List.of(new Scenario(name, description, Boolean.TRUE.equals(cycle), steps));
            }
        }
    }
}
