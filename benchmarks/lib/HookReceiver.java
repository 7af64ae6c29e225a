import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The webhook benchmark's receiver: a plain HTTP/1.1 server on a loopback port (a thread per connection, keep-alive
 * unless the client says {@code Connection: close}, bodies by {@code Content-Length}), answering every request 200
 * with an empty body and noting, on the benchmark's own clock ({@link System#nanoTime()}, the one its sends' answers are timed on), when
 * each measured send's {@code sent}, {@code delivered} and {@code read} status first arrived. A send is known by its
 * recipient ({@code recipient_id}): measured send {@code i} goes to {@link #FIRST_RECIPIENT} + i. Anything else (the
 * warm-up's, a {@code failed} status, an unreadable body) is counted as ignored; a second arrival of one status, as a
 * duplicate. (The JDK's {@code com.sun.net.httpserver} was tried first: it reset about 5 % of wamock's connections,
 * which nginx took every one of.)
 */
final class HookReceiver implements AutoCloseable {
    static final long FIRST_RECIPIENT = 1_555_000_000_000L;
    static final List<String> STATUSES = List.of("sent", "delivered", "read");

    private final ServerSocket socket;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hook-receiver");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLongArray[] arrivals = new AtomicLongArray[STATUSES.size()];
    private final AtomicLong measured = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong ignored = new AtomicLong();
    private final AtomicLong last = new AtomicLong();

    HookReceiver(int port, int sends) throws IOException {
        for (int k = 0; k < arrivals.length; k++) {
            arrivals[k] = new AtomicLongArray(sends);
        }
        socket = new ServerSocket(port, 1_024, InetAddress.getLoopbackAddress());
        pool.execute(this::accept);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                pool.execute(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Answers the connection's requests until the client closes it or asks to. */
    private void serve(Socket connection) {
        try (connection; InputStream in = new BufferedInputStream(connection.getInputStream());
             OutputStream out = connection.getOutputStream()) {
            while (true) {
                String head = head(in);
                if (head == null) {
                    return;
                }
                String lower = head.toLowerCase(Locale.ROOT);
                String length = headerValue(lower, "content-length");
                byte[] body = in.readNBytes(length.isEmpty() ? 0 : Integer.parseInt(length));
                record(new String(body, StandardCharsets.UTF_8));
                boolean close = headerValue(lower, "connection").equals("close");
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                if (close) {
                    return;
                }
            }
        } catch (IOException | RuntimeException broken) {
            // the client went away; what it sent before is recorded
        }
    }

    /** The request line and headers, or null at the end of the stream. */
    private static String head(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            int n = head.length();
            if (n >= 4 && head.charAt(n - 1) == '\n' && head.charAt(n - 2) == '\r' && head.charAt(n - 3) == '\n') {
                return head.toString();
            }
        }
        return null;
    }

    /** A header's value in a lower-cased head, or "". */
    private static String headerValue(String lowerHead, String name) {
        int at = lowerHead.indexOf("\r\n" + name + ":");
        if (at < 0) {
            return "";
        }
        int from = at + name.length() + 3;
        return lowerHead.substring(from, lowerHead.indexOf("\r\n", from)).trim();
    }

    private void record(String body) {
        long now = System.nanoTime();
        int status = STATUSES.indexOf(field(body, "\"status\":\""));
        long index = -1;
        try {
            index = Long.parseLong(field(body, "\"recipient_id\":\"")) - FIRST_RECIPIENT;
        } catch (NumberFormatException unreadable) {
            // counted as ignored below
        }
        if (status < 0 || index < 0 || index >= arrivals[status].length()) {
            ignored.incrementAndGet();
        } else if (arrivals[status].compareAndSet((int) index, 0, now)) {
            measured.incrementAndGet();
            last.accumulateAndGet(now, Math::max);
        } else {
            duplicates.incrementAndGet();
        }
    }

    /** The value of the first JSON string field that starts at {@code key}, or "" when there is none. */
    static String field(String body, String key) {
        int at = body.indexOf(key);
        if (at < 0) {
            return "";
        }
        int from = at + key.length();
        int to = body.indexOf('"', from);
        return to < 0 ? "" : body.substring(from, to);
    }

    /** When status {@code k} of send {@code i} first arrived (nanoTime), or 0. */
    long arrival(int k, int i) {
        return arrivals[k].get(i);
    }

    long measured() {
        return measured.get();
    }

    long duplicates() {
        return duplicates.get();
    }

    long ignored() {
        return ignored.get();
    }

    /** nanoTime of the last measured arrival, or 0. */
    long lastArrival() {
        return last.get();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignoredOnClose) {
            // closing anyway
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
