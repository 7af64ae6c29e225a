package dev.wamock.server.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * HTTP/1.1 over a plain socket to 127.0.0.1, for what the JDK's client will not do: exactly the bytes a test means
 * (malformed requests, odd headers, a {@code Host} of its own), one request per send, and a precise account of what
 * came back — a whole answer, nothing, or part of one. Text is sent as ISO-8859-1, one char a byte. For ordinary
 * calls, see {@link Http}.
 */
public final class RawHttp {
    /** The header line of the Graph token {@link Http#TOKEN}. */
    public static final String AUTH = "Authorization: Bearer " + Http.TOKEN;
    /** The endpoint for {@link Http#NUMBER}. */
    public static final String ENDPOINT = "/v23.0/" + Http.NUMBER;

    /** What one request on a fresh connection came to. */
    public enum Kind {
        /** A whole answer: status line, headers and the full body. */
        ANSWERED,
        /** connect() failed: nothing listened, or the port was closed. */
        REFUSED,
        /** Connected, but the connection ended (FIN or RST) before the first byte of an answer. */
        CLOSED_UNANSWERED,
        /** Some bytes of an answer, then the end: the one thing a server must never do unscripted. */
        PARTIAL,
        /** No answer within the timeout. */
        TIMED_OUT
    }

    /**
     * What {@link #once} saw.
     *
     * @param kind what it came to
     * @param reply the answer when {@link Kind#ANSWERED}, else null
     * @param detail what the socket said otherwise, else null
     */
    public record Outcome(Kind kind, Reply reply, String detail) {
    }

    private RawHttp() {
    }

    /** A request: head lines, a {@code Host} unless given, {@code Content-Length} for a body ({@code null}: none). */
    public static String request(String method, String target, String body, String... headerLines) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append(hasHost(headerLines) ? "" : "Host: 127.0.0.1\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.getBytes(StandardCharsets.ISO_8859_1).length).append("\r\n");
        }
        return head.append("\r\n").append(body == null ? "" : body).toString();
    }

    /** {@code GET target} with the Graph token and {@code headerLines} (each without CRLF), keep-alive. */
    public static String get(String target, String... headerLines) {
        String[] all = new String[headerLines.length + 1];
        all[0] = AUTH;
        System.arraycopy(headerLines, 0, all, 1, headerLines.length);
        return request("GET", target, null, all);
    }

    /** {@code method target} with {@code Host: 127.0.0.1:<port>} (unless given), the lines and {@code Connection: close}. */
    public static Reply send(int port, String method, String target, String... headerLines) {
        List<String> lines = new ArrayList<>(List.of(headerLines));
        if (!hasHost(headerLines)) {
            lines.add(0, "Host: 127.0.0.1:" + port);
        }
        lines.add("Connection: close");
        return exchange(port, request(method, target, null, lines.toArray(String[]::new)));
    }

    /** Sends {@code request} exactly as given on a fresh connection and reads one answer; fails with what came. */
    public static Reply exchange(int port, String request) {
        Outcome outcome = once(port, request, 10_000);
        if (outcome.kind() != Kind.ANSWERED) {
            String first = request.lines().findFirst().orElse("");
            throw new UncheckedIOException(new IOException((first.length() > 80 ? first.substring(0, 77) + "..." : first)
                    + " to 127.0.0.1:" + port + ": " + outcome.kind() + ", " + outcome.detail()));
        }
        return outcome.reply();
    }

    /** Connects, sends {@code request}, reads one answer; never throws, says what happened. */
    public static Outcome once(int port, String request, int timeoutMillis) {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
        } catch (IOException e) {
            closeQuietly(socket);
            return new Outcome(e instanceof SocketTimeoutException ? Kind.TIMED_OUT : Kind.REFUSED, null, e.toString());
        }
        try (Socket s = socket) {
            s.setSoTimeout(timeoutMillis);
            try {
                OutputStream out = s.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException writeFailed) {
                // the server may have answered and closed before reading it all; what it sent is still readable
            }
            String method = request.substring(0, Math.max(0, request.indexOf(' ')));
            return new Outcome(Kind.ANSWERED, read(new BufferedInputStream(s.getInputStream()), method), null);
        } catch (AnswerReader.PartialAnswerException e) {
            return new Outcome(Kind.PARTIAL, null, e.getMessage());
        } catch (SocketTimeoutException e) {
            return new Outcome(Kind.TIMED_OUT, null, e.toString());
        } catch (IOException e) {
            return new Outcome(Kind.CLOSED_UNANSWERED, null, e.toString());
        }
    }

    /** A keep-alive connection with a 10 s timeout for connecting and for each read. */
    public static RawConnection connect(int port) {
        return connect(port, 10_000);
    }

    /** A keep-alive connection with {@code timeoutMillis} for connecting and for each read. */
    public static RawConnection connect(int port, int timeoutMillis) {
        return new RawConnection(port, timeoutMillis, 0);
    }

    /**
     * A keep-alive connection of a slow reader: a receive buffer of {@code receiveBufferBytes} (e.g. 4 KiB), so what it
     * does not read soon fills the server's side, and {@code timeoutMillis} for connecting and for each read.
     */
    public static RawConnection connect(int port, int timeoutMillis, int receiveBufferBytes) {
        return new RawConnection(port, timeoutMillis, receiveBufferBytes);
    }

    /**
     * Reads one answer to a {@code method} request off {@code in} (interim 1xx answers skipped): an
     * {@link java.io.EOFException} or the socket's exception when the connection ends before its first byte, an
     * {@link IOException} saying how many bytes came when it ends inside it.
     */
    public static Reply read(InputStream in, String method) throws IOException {
        return AnswerReader.read(in, method);
    }

    /** Whether an HTTP server answers at {@code baseUrl}: an answer, not just a connect (Linux can connect a socket to itself). */
    public static boolean listens(String baseUrl) {
        URI uri = URI.create(baseUrl);
        return once(uri.getPort(), request("GET", "/__wamock/health", null, "Connection: close"), 2_000).kind() == Kind.ANSWERED;
    }

    private static boolean hasHost(String... headerLines) {
        return Stream.of(headerLines).anyMatch(line -> line.regionMatches(true, 0, "Host:", 0, 5));
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket we are done with
        }
    }
}
