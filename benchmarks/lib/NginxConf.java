import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The nginx configuration of the benchmark's limit line (BenchTool nginx-conf): one loopback port,
 * {@code return 200} with the body and headers of a saved answer (wamock's first 200 of the run), and
 * every path nginx writes (pid, logs, temp files) under one directory. No access log: the limit.
 */
final class NginxConf {
    /** Headers nginx writes itself (or that belong to one connection), so not copied. */
    static final Set<String> OWN = Set.of("date", "server", "content-length", "content-type", "connection",
            "keep-alive", "transfer-encoding");

    private NginxConf() {
    }

    /**
     * nginx-conf DUMP_PREFIX PORT PATH DIR WORKERS [DUMP_PREFIX2 PATH2]: writes DIR/nginx.conf, prints its path. The
     * second location (the send benchmark's POST) answers PATH2 with the second dump; a PATH2 that starts with
     * {@code "~ "} is a regular expression.
     */
    static void write(String[] args) throws IOException {
        int port = Integer.parseInt(args[1]);
        Path dir = Path.of(args[3]).toAbsolutePath();
        int workers = Integer.parseInt(args[4]);
        Files.createDirectories(dir.resolve("temp"));
        String locations = location(args[2], BenchTool.Response.load(Path.of(args[0])))
                + (args.length > 6 ? location(args[6], BenchTool.Response.load(Path.of(args[5]))) : "");
        String temp = dir.resolve("temp").toString();
        String conf = String.join("\n", List.of(
                "# written by benchmarks/lib/NginxConf.java for one benchmark run",
                "daemon off;",
                "worker_processes " + workers + ";",
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("error.log") + " warn;",
                "events { worker_connections 1024; }",
                "http {",
                "  access_log off;",
                "  server_tokens off;",
                "  keepalive_requests 1000000;",
                "  client_body_temp_path " + temp + "/body;",
                "  proxy_temp_path " + temp + "/proxy;",
                "  fastcgi_temp_path " + temp + "/fastcgi;",
                "  uwsgi_temp_path " + temp + "/uwsgi;",
                "  scgi_temp_path " + temp + "/scgi;",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                locations + "  }",
                "}",
                ""));
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        System.out.println(file);
    }

    /** A location answering {@code path} (exact, or a regex after "~ ") with the answer's status, body and headers. */
    static String location(String path, BenchTool.Response answer) {
        StringBuilder headers = new StringBuilder();
        for (String[] h : answer.headers()) {
            if (!OWN.contains(h[0])) {
                headers.append("      add_header ").append(h[0]).append(' ').append(quote(h[1])).append(" always;\n");
            }
        }
        return "    location " + (path.startsWith("~ ") ? path : "= " + path) + " {\n"
                + "      default_type " + quote(answer.header("content-type")) + ";\n"
                + headers + "      return " + answer.status() + " " + quote(new String(answer.body(), StandardCharsets.UTF_8))
                + ";\n    }\n";
    }

    /** A single-quoted nginx string; nginx expands $ in it, so a $ in wamock's answer is refused. */
    static String quote(String value) {
        if (value == null || value.contains("$")) {
            throw new IllegalArgumentException("cannot put " + value + " in an nginx string (missing, or holds a $)");
        }
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
