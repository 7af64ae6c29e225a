package dev.wamock.server.testing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One persistent HTTP/1.1 connection to 127.0.0.1 (opened by {@link RawHttp#connect}): requests one after the
 * other, exactly one on the wire per {@link #send}. Unlike the JDK's client, which may re-send an idempotent GET
 * when it thinks a pooled connection failed, a test can count what the server must have received.
 */
public final class RawConnection implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawConnection(int port, int timeoutMillis, int receiveBufferBytes) {
        socket = new Socket();
        try {
            if (receiveBufferBytes > 0) {
                socket.setReceiveBufferSize(receiveBufferBytes); // before connect, so the window is small from the start
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream());
            out = new BufferedOutputStream(socket.getOutputStream());
        } catch (IOException e) {
            RawHttp.closeQuietly(socket);
            throw new UncheckedIOException(e instanceof ConnectException ? "nothing listens on 127.0.0.1:" + port
                    : "cannot connect to 127.0.0.1:" + port, e);
        }
    }

    /** Sends {@code request} (head and body, as {@link RawHttp#request} builds it) and reads its answer. */
    public Reply send(String request) throws IOException {
        write(request);
        return read(request.substring(0, Math.max(0, request.indexOf(' '))));
    }

    /** Writes {@code text} as ISO-8859-1 (one char a byte), e.g. a request whose answer the test reads its own way. */
    public void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Writes {@code bytes} as they are, e.g. part of a request. */
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads the next answer, to a request with {@code method}. */
    public Reply read(String method) throws IOException {
        return AnswerReader.read(in, method);
    }

    /** The connection's input, for a test that reads the answer its own way. */
    public InputStream in() {
        return in;
    }

    /** The socket, e.g. to half-close it or change its timeout. */
    public Socket socket() {
        return socket;
    }

    @Override
    public void close() {
        RawHttp.closeQuietly(socket);
    }
}
