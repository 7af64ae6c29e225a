package dev.wamock.server.dashboard;

import dev.wamock.server.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A GET (or HEAD) over a plain socket, so Host and Origin are what a browser (or a rebinding page) would send. */
final class Raw {
    private Raw() {
    }

    /** {@code HEAD target}: the head only. */
    static Reply head(int port, String target) {
        return send(port, "HEAD", target);
    }

    /** {@code GET target} with {@code Connection: close} and the given header lines (a {@code Host:} one replaces the default). */
    static Reply get(int port, String target, String... headerLines) {
        return send(port, "GET", target, headerLines);
    }

    private static Reply send(int port, String method, String target, String... headerLines) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        boolean host = false;
        for (String line : headerLines) {
            host |= line.regionMatches(true, 0, "Host:", 0, 5);
            head.append(line).append("\r\n");
        }
        if (!host) {
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
            String body = text.substring(end + 4);
            boolean chunked = headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked");
            return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, chunked ? dechunk(body) : body);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target + " failed", e);
        }
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (;;) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size); // sizes count bytes; the tests' bodies are ASCII
            at = lineEnd + 2 + size + 2;
        }
    }
}
