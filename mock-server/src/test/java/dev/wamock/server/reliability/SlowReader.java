package dev.wamock.server.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A client that asks for {@code target} and reads the answer one byte every {@code pauseMillis}, on a
 * socket with a 4 KiB receive buffer, until the answer ends or {@code deadlineNanos}; then reads what is
 * left at full speed (10 s at most) to see whether the answer was whole, and hangs up.
 */
final class SlowReader implements Runnable {
    private final int port;
    private final String target;
    private final long pauseMillis;
    private final long deadlineNanos;
    /** The end of a chunked answer: {@code 0\r\n\r\n}. */
    private static final long LAST_CHUNK = 0x30_0d_0a_0d_0aL;

    private final StringBuilder head = new StringBuilder();
    private long tail;
    private final long startNanos = System.nanoTime();
    private volatile long bytes;
    private volatile long firstByteNanos;
    private volatile boolean ended;
    private volatile boolean whole;
    private volatile String failure;

    SlowReader(int port, String target, long pauseMillis, long deadlineNanos) {
        this.port = port;
        this.target = target;
        this.pauseMillis = pauseMillis;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void run() {
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4_096);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(200);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            while (System.nanoTime() < deadlineNanos && read(in) != -1) {
                Thread.sleep(pauseMillis);
            }
            if (!ended) {
                drain(socket, in);
            }
        } catch (IOException e) {
            ended = true; // reset by the server
            failure = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The rest at full speed, until the end of the stream, 2 s without a byte, or 10 s. */
    private void drain(Socket socket, InputStream in) throws IOException {
        socket.setSoTimeout(2_000);
        byte[] buffer = new byte[65_536];
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException idle) {
                return;
            }
            if (n < 0) {
                ended = true;
                return;
            }
            bytes += n;
            for (int i = 0; i < n; i++) {
                tail = (tail << 8 | (buffer[i] & 0xff)) & 0xff_ffff_ffffL;
            }
            whole = tail == LAST_CHUNK;
        }
    }

    /** One byte, -1 at the end of the stream, -2 when none came for 200 ms. */
    private int read(InputStream in) throws IOException {
        int b;
        try {
            b = in.read();
        } catch (SocketTimeoutException nothingYet) {
            return -2;
        }
        if (b < 0) {
            ended = true;
            return -1;
        }
        if (bytes++ == 0) {
            firstByteNanos = System.nanoTime();
        }
        synchronized (head) {
            if (head.length() < 12) {
                head.append((char) b);
            }
        }
        tail = (tail << 8 | b) & 0xff_ffff_ffffL;
        whole = tail == LAST_CHUNK;
        return b;
    }

    /** The status of the answer, 0 before its status line was read. */
    int status() {
        synchronized (head) {
            return head.length() < 12 ? 0 : Integer.parseInt(head.substring(9, 12));
        }
    }

    long bytes() {
        return bytes;
    }

    /** Whether the server closed or reset the connection. */
    boolean ended() {
        return ended;
    }

    /** Whether the last bytes read end a chunked answer: the answer was sent whole. */
    boolean whole() {
        return whole;
    }

    /** Milliseconds from the start to the first byte of the answer; -1 when none came. */
    double firstByteMillis() {
        return firstByteNanos == 0 ? -1 : (firstByteNanos - startNanos) / 1e6;
    }

    String failure() {
        return failure;
    }
}
