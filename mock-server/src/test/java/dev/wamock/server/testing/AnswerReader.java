package dev.wamock.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one HTTP/1.1 answer off a stream for {@link RawHttp}, counting its bytes to tell "nothing came" from "part
 * of an answer came": {@link EOFException} (or the socket's own exception) before the first byte,
 * {@link PartialAnswerException} inside it. Bodies by {@code Content-Length}, chunked, or to the end of the stream.
 */
final class AnswerReader {
    private final InputStream in;
    private final StringBuilder line = new StringBuilder();
    private int bytes;

    private AnswerReader(InputStream in) {
        this.in = in;
    }

    /** One answer to a {@code method} request (interim 1xx answers skipped). */
    static Reply read(InputStream in, String method) throws IOException {
        AnswerReader reader = new AnswerReader(in);
        while (true) {
            String statusLine = reader.line();
            if (statusLine == null) {
                throw new EOFException("the connection ended before an answer");
            }
            int status = reader.status(statusLine);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String h = reader.line(); !h.isEmpty(); h = reader.line()) {
                int colon = h.indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(h.substring(0, colon).trim(), k -> new ArrayList<>())
                            .add(h.substring(colon + 1).trim());
                }
            }
            if (status >= 100 && status < 200) {
                continue;
            }
            boolean none = method.equals("HEAD") || status == 204 || status == 304
                    || method.equals("CONNECT") && status < 300;
            byte[] body = none ? new byte[0] : reader.body(headers);
            return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    private int status(String statusLine) throws IOException {
        String[] parts = statusLine.split(" ", 3);
        try {
            return Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            throw new PartialAnswerException(bytes, "not a status line: " + statusLine);
        }
    }

    private byte[] body(Map<String, List<String>> headers) throws IOException {
        List<String> length = headers.get("content-length");
        if (length != null) {
            int n = Integer.parseInt(length.get(0).trim());
            byte[] body = bytes(n);
            if (body.length < n) {
                throw new PartialAnswerException(bytes, body.length + " of " + n + " body bytes");
            }
            return body;
        }
        if (String.valueOf(headers.get("transfer-encoding")).toLowerCase(Locale.ROOT).contains("chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (String size = line(); ; size = line()) {
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                        // trailers are not used
                    }
                    return body.toByteArray();
                }
                byte[] chunk = bytes(n);
                if (chunk.length < n) {
                    throw new PartialAnswerException(bytes, "inside a chunk");
                }
                body.write(chunk);
                line();
            }
        }
        return bytes(Integer.MAX_VALUE); // no length: the body runs to the end of the connection
    }

    /** The next line without CR/LF; null at the end of the stream before any byte of the answer. */
    private String line() throws IOException {
        line.setLength(0);
        for (int c = read(); c != '\n'; c = read()) {
            if (c < 0) {
                if (line.length() > 0 || bytes > 0) {
                    throw new PartialAnswerException(bytes, "in a line: " + line);
                }
                return null;
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** Up to {@code n} bytes, fewer when the stream ends. */
    private byte[] bytes(int n) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream(Math.min(n, 8_192));
        for (int i = 0, c; i < n && (c = read()) >= 0; i++) {
            read.write(c);
        }
        return read.toByteArray();
    }

    /** One byte, counted; a reset after part of an answer is a partial answer, not a refusal. */
    private int read() throws IOException {
        int c;
        try {
            c = in.read();
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            if (bytes > 0) {
                throw new PartialAnswerException(bytes, e.toString());
            }
            throw e;
        }
        if (c >= 0) {
            bytes++;
        }
        return c;
    }

    /** The connection ended after {@code bytes} bytes of an answer, before it was whole. */
    static final class PartialAnswerException extends IOException {
        private static final long serialVersionUID = 1L;

        PartialAnswerException(int bytes, String what) {
            super("the connection ended after " + bytes + " bytes of an answer: " + what);
        }
    }
}
