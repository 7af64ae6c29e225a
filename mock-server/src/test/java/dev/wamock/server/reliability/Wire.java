package dev.wamock.server.reliability;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over plain sockets, for the reliability tests: exactly the bytes a test means (java.net.http
 * refuses odd input and silently re-sends GETs), one request per send, and a precise account of what
 * came back — a whole answer, nothing at all, or part of one.
 */
final class Wire {
    /** A default fixture: 200 with the default fields. */
    static final String NUMBER = "106540352242922";
    static final String AUTH = "Authorization: Bearer fake-token";
    static final String ENDPOINT = "/v23.0/" + NUMBER;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Wire() {
    }

    /** {@code GET target} with the token and {@code headerLines} (each without CRLF), keep-alive. */
    static String get(String target, String... headerLines) {
        return request("GET", target, null, prepend(AUTH, headerLines));
    }

    /**
     * A request head (plus body) with Host and, for a body, Content-Length; nothing else is added. The text is
     * sent as ISO-8859-1, one char a byte: a body with other characters must be given as its UTF-8 bytes
     * ({@link HttpInputs#latin1}).
     */
    static String request(String method, String target, String body, String... headerLines) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.getBytes(StandardCharsets.ISO_8859_1).length).append("\r\n");
        }
        return head.append("\r\n").append(body == null ? "" : body).toString();
    }

    static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** One whole HTTP answer. Header names are case-insensitive. */
    record Answer(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** Whether the server asked to close the connection after this answer. */
        boolean closes() {
            String c = header("connection");
            return c != null && c.toLowerCase(Locale.ROOT).contains("close");
        }

        @Override
        public String toString() {
            String text = text();
            return "HTTP " + status + " " + headers + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    /** The server closed the connection after sending {@code bytes} bytes of an answer, before it was whole. */
    static final class PartialAnswerException extends IOException {
        private static final long serialVersionUID = 1L;
        final int bytes;

        PartialAnswerException(int bytes, String what) {
            super("the connection ended after " + bytes + " bytes of an answer: " + what);
            this.bytes = bytes;
        }
    }

    /** What one request on a fresh connection came to. */
    enum Kind {
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

    record Outcome(Kind kind, Answer answer, String detail) {
    }

    /** Connects, sends {@code request}, reads one answer; never throws, says what happened. */
    static Outcome once(int port, String request, int timeoutMillis) {
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
                // the server may have closed already; what it sent, if anything, is still readable
            }
            return new Outcome(Kind.ANSWERED, read(new BufferedInputStream(s.getInputStream()), request.startsWith("HEAD ")),
                    null);
        } catch (PartialAnswerException e) {
            return new Outcome(Kind.PARTIAL, null, e.getMessage());
        } catch (SocketTimeoutException e) {
            return new Outcome(Kind.TIMED_OUT, null, e.toString());
        } catch (IOException e) {
            return new Outcome(Kind.CLOSED_UNANSWERED, null, e.toString());
        }
    }

    /**
     * Reads one answer (interim 1xx answers skipped). {@link EOFException} or {@link java.net.SocketException}
     * when the connection ends before its first byte; {@link PartialAnswerException} when it ends inside it.
     */
    static Answer read(InputStream in, boolean head) throws IOException {
        Counting counting = new Counting(in);
        while (true) {
            String statusLine = counting.line();
            if (statusLine == null) {
                throw new EOFException("the connection ended before an answer");
            }
            int status = parseStatus(statusLine, counting);
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line = counting.line(); ; line = counting.line()) {
                if (line == null) {
                    throw new PartialAnswerException(counting.bytes, "inside the headers");
                }
                if (line.isEmpty()) {
                    break;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.merge(line.substring(0, colon).trim(), line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
                }
            }
            if (status >= 100 && status < 200) {
                continue;
            }
            byte[] body = head || status == 204 || status == 304 ? new byte[0] : body(headers, counting);
            return new Answer(status, headers, body);
        }
    }

    private static int parseStatus(String statusLine, Counting counting) throws IOException {
        String[] parts = statusLine.split(" ", 3);
        try {
            return Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            throw new PartialAnswerException(counting.bytes, "not a status line: " + statusLine);
        }
    }

    private static byte[] body(Map<String, String> headers, Counting in) throws IOException {
        String length = headers.get("content-length");
        if (length != null) {
            int n = Integer.parseInt(length.trim());
            byte[] body = in.bytes(n);
            if (body.length < n) {
                throw new PartialAnswerException(in.bytes, body.length + " of " + n + " body bytes");
            }
            return body;
        }
        String encoding = headers.get("transfer-encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (String size = in.line(); ; size = in.line()) {
                if (size == null) {
                    throw new PartialAnswerException(in.bytes, "inside a chunked body");
                }
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    for (String trailer = in.line(); trailer != null && !trailer.isEmpty(); trailer = in.line()) {
                        // trailers are not used
                    }
                    return body.toByteArray();
                }
                byte[] chunk = in.bytes(n);
                if (chunk.length < n || in.line() == null) {
                    throw new PartialAnswerException(in.bytes, "inside a chunk");
                }
                body.write(chunk);
            }
        }
        return in.rest(); // no length: the body runs to the end of the connection
    }

    /** Counts the bytes of the answer read so far, to tell "nothing" from "part of one". */
    private static final class Counting {
        private final InputStream in;
        private int bytes;
        private final StringBuilder line = new StringBuilder();

        Counting(InputStream in) {
            this.in = in;
        }

        /** The next line without CR/LF; null at the end of the stream. */
        String line() throws IOException {
            line.setLength(0);
            while (true) {
                int c = read();
                if (c < 0) {
                    if (line.length() > 0 || bytes > 0) {
                        throw new PartialAnswerException(bytes, "in a line: " + line);
                    }
                    return null;
                }
                bytes++;
                if (c == '\n') {
                    return line.toString();
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
        }

        byte[] bytes(int n) throws IOException {
            ByteArrayOutputStream read = new ByteArrayOutputStream(n);
            for (int i = 0; i < n; i++) {
                int c = read();
                if (c < 0) {
                    break;
                }
                bytes++;
                read.write(c);
            }
            return read.toByteArray();
        }

        byte[] rest() throws IOException {
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            for (int c = read(); c >= 0; c = read()) {
                bytes++;
                read.write(c);
            }
            return read.toByteArray();
        }

        /** One byte; a reset after part of an answer is a partial answer, not a refusal. */
        private int read() throws IOException {
            try {
                return in.read();
            } catch (SocketTimeoutException | PartialAnswerException e) {
                throw e;
            } catch (IOException e) {
                if (bytes > 0) {
                    throw new PartialAnswerException(bytes, e.toString());
                }
                throw e;
            }
        }
    }

    /** One persistent connection: requests one after the other, none re-sent behind the caller's back. */
    static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(int port) {
            this(port, 10_000);
        }

        Connection(int port, int timeoutMillis) {
            socket = new Socket();
            try {
                socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
                socket.setSoTimeout(timeoutMillis);
                socket.setTcpNoDelay(true);
                in = new BufferedInputStream(socket.getInputStream());
                out = new BufferedOutputStream(socket.getOutputStream());
            } catch (IOException e) {
                closeQuietly(socket);
                throw new UncheckedIOException(e instanceof ConnectException ? "nothing listens on 127.0.0.1:" + port
                        : "cannot connect to 127.0.0.1:" + port, e);
            }
        }

        /** Sends the request (head and body, as {@link #request} builds them) and reads its answer. */
        Answer send(String request) throws IOException {
            write(request.getBytes(StandardCharsets.ISO_8859_1));
            return read(in, request.startsWith("HEAD "));
        }

        void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        InputStream in() {
            return in;
        }

        Socket socket() {
            return socket;
        }

        @Override
        public void close() {
            closeQuietly(socket);
        }
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket we are done with
        }
    }
}
