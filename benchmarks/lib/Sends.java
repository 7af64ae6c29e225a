import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The send benchmark's set-up (BenchTool commands, run.sh phase {@code sends}): the fixture numbers the sends go from,
 * one checked send, and the WireMock mappings that answer a send as wamock does.
 *
 * <pre>
 * send-fixtures FILE FIRST COUNT    a fixtures file (mode extend) of COUNT numbers from FIRST (15 digits)
 * post PORT PATH BODY DUMP          one POST of BODY on a fresh connection; saves the answer as DUMP.headers/.body
 * wiremock-sends DUMP DIR [URL]     DIR/mappings/send.json: POST /v23.0/{digits}/messages answered with the dump's
 *                                   status, body and headers; with URL, three webhooks per send to it (see WireMockHooks)
 * </pre>
 */
final class Sends {
    /** A valid text send (docs/messages.md); wrk's script (sends.lua) sends the same body with other recipients. */
    static final String CHECK_BODY =
            "{\"messaging_product\":\"whatsapp\",\"to\":\"1555900000001\",\"type\":\"text\",\"text\":{\"body\":\"benchmark send\"}}";
    /** The path the sends' mappings and nginx's location match. */
    static final String PATH_REGEX = "/v23\\.0/[0-9]+/messages";

    private Sends() {
    }

    static void fixtures(String[] args) throws IOException {
        long first = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        StringBuilder yaml = new StringBuilder("# written by benchmarks/lib/Sends.java: the numbers the send benchmark"
                + " sends from\nmode: extend\nnumbers:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("  - id: \"").append(first + i).append("\"\n")
                    .append(String.format("    display_phone_number: \"+1 555-020-%04d\"%n", i % 10_000))
                    .append("    verified_name: \"Bench Shop\"\n    status: CONNECTED\n    quality_rating: GREEN\n");
        }
        Files.writeString(Path.of(args[0]), yaml);
    }

    /** post PORT PATH BODY DUMP: exit 1 unless the answer is a 200. */
    static int post(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        byte[] body = args[2].getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + args[1] + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + BenchTool.TOKEN_HEADER
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            BenchTool.Response answer = BenchTool.Response.parse(all.toByteArray());
            if (answer == null) {
                System.err.println("POST " + args[1] + " on port " + port + ": no HTTP answer");
                return 1;
            }
            answer.save(args[3]);
            if (answer.status() != 200) {
                System.err.println("POST " + args[1] + " on port " + port + ": status " + answer.status() + ", expected 200: "
                        + new String(answer.body(), StandardCharsets.UTF_8));
                return 1;
            }
            return 0;
        }
    }

    /** wiremock-sends DUMP DIR [URL]: the mapping of the send, answered as the dump; webhooks to URL when given. */
    static void wiremock(String[] args) throws IOException {
        BenchTool.Response answer = BenchTool.Response.load(Path.of(args[0]));
        Path mappings = Path.of(args[1], "mappings");
        Files.createDirectories(mappings);
        StringBuilder headers = new StringBuilder();
        for (String[] h : answer.headers()) {
            if (!NginxConf.OWN.contains(h[0]) || h[0].equals("content-type")) {
                headers.append(headers.length() == 0 ? "" : ",\n").append("      ").append(json(h[0])).append(": ")
                        .append(json(h[1]));
            }
        }
        String listeners = args.length > 2 ? ",\n  \"serveEventListeners\": " + WireMockHooks.listeners(args[2]) : "";
        String mapping = "{\n"
                + "  \"request\": {\n"
                + "    \"method\": \"POST\",\n"
                + "    \"urlPathPattern\": " + json(PATH_REGEX) + ",\n"
                + "    \"headers\": { \"Authorization\": { \"matches\": \"Bearer .+\" } }\n"
                + "  },\n"
                + "  \"response\": {\n"
                + "    \"status\": " + answer.status() + ",\n"
                + "    \"body\": " + json(new String(answer.body(), StandardCharsets.UTF_8)) + ",\n"
                + "    \"headers\": {\n" + headers + "\n    }\n"
                + "  }" + listeners + "\n}\n";
        Files.writeString(mappings.resolve("send.json"), mapping);
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
