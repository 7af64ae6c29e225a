package dev.wamock.testcontainers.internal;

import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.Scenario;
import dev.wamock.scenarios.ScenarioFiles;
import dev.wamock.scenarios.engine.Mappers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files a container gets, by path in the container, checked on this side first: a malformed file
 * or a scenario defined twice fails here, in the test thread, with file, line and field, instead of as
 * a container that exits at start. Internal: not part of wamock's API.
 */
public final class ContainerFiles {
    private ContainerFiles() {
    }

    /**
     * Scenario files to copy into {@code directory}: each given file, the {@code .yaml}/{@code .yml}/{@code .json}
     * files of each given directory (not its subdirectories, as the server reads them), and one
     * {@code <name>.json} per scenario written in code.
     */
    public static Map<String, byte[]> scenarios(String directory, List<Path> filesOrDirectories, List<Scenario> inCode) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> definedIn = new LinkedHashMap<>();
        for (Path file : expand(filesOrDirectories)) {
            String target = directory + "/" + file.getFileName();
            if (files.containsKey(target)) {
                throw new IllegalArgumentException("two scenario files are named " + file.getFileName()
                        + " (one is " + file + "); the container keeps them in one directory, so rename one");
            }
            for (Scenario s : ScenarioFiles.load(file)) {
                define(definedIn, s.name(), file.toString());
            }
            files.put(target, read(file));
        }
        for (Scenario s : inCode) {
            define(definedIn, s.name(), "withScenario(Scenario)");
            String target = directory + "/" + s.name() + ".json";
            if (files.containsKey(target)) {
                throw new IllegalArgumentException("scenario file " + target + " exists twice; rename the file or the scenario");
            }
            files.put(target, Mappers.JSON.writeValueAsBytes(s));
        }
        return files;
    }

    /** The fixtures file, checked as the server will read it; its path in the container is {@code directory/<file name>}. */
    public static byte[] fixtures(Path file) {
        Fixtures.load(file, Fixtures.defaults());
        return read(file);
    }

    /** The limits as the JSON file the server reads ({@link MessagingLimits#load}), checked to read back the same. */
    public static byte[] limits(MessagingLimits limits) {
        byte[] json = Mappers.JSON.writeValueAsBytes(limits);
        MessagingLimits back = MessagingLimits.parse("messaging-limits.json", new String(json,
                java.nio.charset.StandardCharsets.UTF_8));
        if (!back.equals(limits)) {
            throw new IllegalStateException("the messaging limits " + limits + " read back from JSON as " + back
                    + "; this is a wamock bug, please report it");
        }
        return json;
    }

    private static void define(Map<String, String> definedIn, String name, String where) {
        String before = definedIn.putIfAbsent(name, where);
        if (before != null) {
            throw new IllegalArgumentException("scenario '" + name + "' is defined twice, in " + before + " and in "
                    + where + "; the server would refuse to start");
        }
    }

    private static List<Path> expand(List<Path> filesOrDirectories) {
        List<Path> files = new ArrayList<>();
        for (Path path : filesOrDirectories) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(ContainerFiles::isScenarioFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list scenario directory " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("no scenario file or directory at " + path.toAbsolutePath());
            }
        }
        return files;
    }

    private static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
