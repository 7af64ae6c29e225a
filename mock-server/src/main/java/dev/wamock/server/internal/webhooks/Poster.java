package dev.wamock.server.internal.webhooks;

import dev.wamock.scenarios.WebhookDelivery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Makes one HTTP call to the client's callback, on the calling thread, and says how it was answered; never throws for
 * the receiver's sake. {@link HttpURLConnection} with {@code Connection: close}: no thread of its own outlives a call
 * (the JDK's {@code HttpClient} keeps a selector thread per client until it is collected).
 */
final class Poster {
    /** How a call was answered: {@code status} 0 with a {@code failure} when it was not. */
    record Answer(int status, String body, String failure, long latencyMicros) {
    }

    private static final int MAX_BODY = 64 * 1024;
    private final int timeoutMillis;

    Poster(Duration timeout) {
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }

    /**
     * POSTs {@code p}'s body to {@code url}, signed with {@code appSecret} unless null, sent at scenario-clock reading
     * {@code sentAt}; the attempt as recorded (its {@code seq} given by the record).
     */
    WebhookDelivery attempt(URI url, Pending p, String appSecret, long sentAt) {
        byte[] body = p.body().getBytes(StandardCharsets.UTF_8);
        String signature = appSecret == null ? null : Signer.sign(appSecret, body);
        Answer answer = call(url, "POST", body, signature);
        return new WebhookDelivery(0, p.deliveryId(), p.field(), p.wamid(), p.status(), url.toString(), p.attempt(),
                p.body(), signature, answer.status(), answer.failure(), sentAt, answer.latencyMicros());
    }

    /** GETs {@code url}. */
    Answer get(URI url) {
        return call(url, "GET", null, null);
    }

    private Answer call(URI url, String method, byte[] body, String signature) {
        long start = System.nanoTime();
        HttpURLConnection c = null;
        try {
            c = (HttpURLConnection) url.toURL().openConnection(java.net.Proxy.NO_PROXY);
            c.setRequestMethod(method);
            c.setConnectTimeout(timeoutMillis);
            c.setReadTimeout(timeoutMillis);
            c.setInstanceFollowRedirects(false);
            c.setUseCaches(false);
            c.setRequestProperty("Connection", "close");
            c.setRequestProperty("User-Agent", "wamock-webhooks");
            if (body != null) {
                c.setRequestProperty("Content-Type", "application/json");
                if (signature != null) {
                    c.setRequestProperty(Signer.HEADER, signature);
                }
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            return new Answer(status, read(status < 400 ? c.getInputStream() : c.getErrorStream()), null, micros(start));
        } catch (java.net.SocketTimeoutException e) {
            return new Answer(0, null, "timed out after " + timeoutMillis + " ms", micros(start));
        } catch (java.net.ConnectException e) {
            return new Answer(0, null, "connection refused", micros(start));
        } catch (IOException | IllegalArgumentException e) {
            return new Answer(0, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + e.getMessage()), micros(start));
        } finally {
            if (c != null) {
                c.disconnect();
            }
        }
    }

    private static String read(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
        }
    }

    private static long micros(long start) {
        return (System.nanoTime() - start) / 1_000;
    }
}
