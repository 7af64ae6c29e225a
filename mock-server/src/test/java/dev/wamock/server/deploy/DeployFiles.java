package dev.wamock.server.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The files under {@code deploy/} (docs/scale-out.md), read as the tools that use them would. */
final class DeployFiles {
    static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();
    static final Path COMPOSE = ROOT.resolve("deploy/compose/docker-compose.yml");
    static final Path HAPROXY = ROOT.resolve("deploy/compose/haproxy.cfg");
    static final Path K8S_WAMOCK = ROOT.resolve("deploy/k8s/wamock.yaml");
    static final Path K8S_REDIS = ROOT.resolve("deploy/k8s/redis.yaml");

    /** A {@code server NAME HOST:PORT …} line of haproxy.cfg's backend. */
    record HaproxyServer(String name, String host, int port, String options) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SERVER = Pattern.compile("^\\s*server\\s+(\\S+)\\s+([^\\s:]+):(\\d+)(.*)$");

    private DeployFiles() {
    }

    /**
     * A YAML file as Compose reads it: with its aliases ({@code *wamock}) resolved, which Jackson's YAML parser does
     * not do (so this reads with SnakeYAML Engine, the parser under it).
     */
    static JsonNode yaml(Path file) {
        return JSON.valueToTree(new Load(LoadSettings.builder().build()).loadFromString(read(file)));
    }

    /** Every document of a multi-document YAML file ({@code ---} between them), as kubectl reads it. */
    static List<JsonNode> documents(Path file) {
        List<JsonNode> docs = new ArrayList<>();
        for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(read(file))) {
            if (doc != null) {
                docs.add(JSON.valueToTree(doc));
            }
        }
        return docs;
    }

    /** The document of this kind and name; fails naming the file when there is none. */
    static JsonNode k8s(Path file, String kind, String name) {
        return documents(file).stream()
                .filter(d -> d.path("kind").asString().equals(kind) && d.path("metadata").path("name").asString().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no " + kind + " named " + name));
    }

    static List<HaproxyServer> haproxyServers(String config) {
        List<HaproxyServer> servers = new ArrayList<>();
        for (String line : config.split("\n")) {
            Matcher m = SERVER.matcher(line);
            if (m.matches()) {
                servers.add(new HaproxyServer(m.group(1), m.group(2), Integer.parseInt(m.group(3)), m.group(4).strip()));
            }
        }
        return servers;
    }

    /** The value of the first line of haproxy.cfg that starts with {@code keyword}, without it. */
    static String haproxyLine(String config, String keyword) {
        for (String line : config.split("\n")) {
            if (line.strip().startsWith(keyword + " ")) {
                return line.strip().substring(keyword.length()).strip();
            }
        }
        throw new AssertionError("haproxy.cfg has no line starting with '" + keyword + "'");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
