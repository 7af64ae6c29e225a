package dev.wamock.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests {@link java.net.http.HttpClient} refuses to send
 * (invalid percent-encoding, huge headers). Sends {@code Connection: close} and reads to the end.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** Sends {@code METHOD target} with the given extra header lines (each without CRLF). */
    static Reply send(int port, String method, String target, String... headerLines) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n")
                .append("Authorization: Bearer fake-token\r\n")
                .append("Connection: close\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        head.append("\r\n");
        return exchange(port, head.toString());
    }

    /**
     * Sends {@code request} exactly as given (head lines, blank line, body; one char a byte) to 127.0.0.1 and
     * reads the answer until the server closes: the request should say {@code Connection: close}.
     */
    static Reply exchange(int port, String request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException refusedMidway) {
                // the server may answer and close before reading a huge request; its answer is still readable
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(abbreviate(request.lines().findFirst().orElse("")) + " failed", e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toByteArray();
    }

    static Reply parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete HTTP response: " + abbreviate(text));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
            throw new IllegalStateException("RawHttp reads only Content-Length bodies: " + abbreviate(text));
        }
        return new Reply(status, headers, body);
    }

    /** Opens a keep-alive connection: requests one after the other on one socket, none re-sent behind the caller's back. */
    static KeepAlive keepAlive(int port) {
        return new KeepAlive(port);
    }

    /**
     * One persistent HTTP/1.1 connection. Unlike {@link java.net.http.HttpClient}, which may silently
     * re-send an idempotent GET when it thinks a pooled connection failed, it puts exactly one request
     * on the wire per {@link #get} call, so a test can count what the server must have received.
     */
    static final class KeepAlive implements AutoCloseable {
        private final Socket socket;
        private final java.io.BufferedInputStream in;
        private final OutputStream out;
        private final StringBuilder line = new StringBuilder();

        private KeepAlive(int port) {
            try {
                socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                socket.setSoTimeout(10_000);
                socket.setTcpNoDelay(true);
                in = new java.io.BufferedInputStream(socket.getInputStream());
                out = new java.io.BufferedOutputStream(socket.getOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot connect to 127.0.0.1:" + port, e);
            }
        }

        /** Sends {@code GET target} with the given header lines and returns the status; the body is read and dropped. */
        int get(String target, String... headerLines) {
            StringBuilder head = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            for (String h : headerLines) {
                head.append(h).append("\r\n");
            }
            head.append("\r\n");
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                int status = -1;
                int length = -1;
                for (String l = readLine(); !l.isEmpty(); l = readLine()) {
                    if (status < 0) {
                        status = Integer.parseInt(l.split(" ")[1]);
                    } else if (l.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(l.substring(15).trim());
                    } else if (l.regionMatches(true, 0, "Connection:", 0, 11) && l.toLowerCase().contains("close")) {
                        throw new IllegalStateException("the server closed a keep-alive connection: " + l);
                    }
                }
                if (length < 0) {
                    throw new IllegalStateException("KeepAlive reads only Content-Length bodies");
                }
                in.readNBytes(length);
                return status;
            } catch (IOException e) {
                throw new UncheckedIOException("GET " + abbreviate(target) + " failed", e);
            }
        }

        private String readLine() throws IOException {
            line.setLength(0);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException("the server closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket we are done with
            }
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
