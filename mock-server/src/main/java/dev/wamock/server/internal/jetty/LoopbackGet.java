package dev.wamock.server.internal.jetty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One GET to a server on loopback over a plain socket ({@code Connection: close}), which must get an
 * HTTP answer: the class-data archive's training run and the warm-up send these, with no HTTP client to load.
 *
 * @param path    path and query
 * @param headers extra header lines, each ending in CRLF (may be empty)
 */
public record LoopbackGet(String path, String headers) {

    /**
     * Sends the request to the server on {@code port} and reads the answer to its end.
     *
     * @throws IOException when the connection fails or the answer is not HTTP/1.1
     */
    public void send(int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!response.startsWith("HTTP/1.1 ")) {
                throw new IOException("GET " + path + " got no HTTP answer but '"
                        + response.lines().findFirst().orElse("") + "'");
            }
        }
    }
}
