package dev.wamock.server.internal.jetty;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import java.util.List;

/**
 * Run in a JVM of its own by {@link LateRoutesTest}: whether the routes were built before the first request that needs
 * them, then the answers to such requests sent the moment a first server listens, then the same requests to a second
 * server once the routes are built; one line each.
 */
final class LateRoutesProbe {
    /** Requests that only the routes answer: the admin API, the dashboard, a method and a path the endpoint refuses. */
    static final List<String> REQUESTS = List.of("GET /__wamock/health", "GET /__wamock/scenarios",
            "GET /__wamock/journal", "GET /__wamock/ui", "POST /v23.0/106540352242922", "GET /nowhere",
            "DELETE /__wamock/journal");

    private LateRoutesProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        SharedJetty jetty = SharedJetty.get();
        if (args.length > 0) { // as the CLI does: the routes are built after the endpoint's next answer
            try (WamockServer server = WamockServer.builder().port(0).start()) {
                jetty.buildRoutesAfterAnAnswer();
                Thread.sleep(200);
                System.out.println("built before an answer: " + jetty.lateRoutes().isBuilt());
                RawHttp.exchange(server.port(), RawHttp.request("GET", "/v23.0/106540352242922", null,
                        "Authorization: Bearer fake-token-1234", "Connection: close"));
                for (int i = 0; i < 300 && !jetty.lateRoutes().isBuilt(); i++) {
                    Thread.sleep(100);
                }
                System.out.println("built after an answer: " + jetty.lateRoutes().isBuilt());
            }
            return;
        }
        System.out.println("built before: " + jetty.lateRoutes().isBuilt());
        round("first");
        System.out.println("built after: " + jetty.lateRoutes().isBuilt());
        round("again");
    }

    private static void round(String name) {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            for (String request : REQUESTS) {
                String[] parts = request.split(" ");
                Reply reply = RawHttp.send(server.port(), parts[0], parts[1]);
                String body = reply.body().replaceAll("\"fbtrace_id\":\"[^\"]*\"", "\"fbtrace_id\":\"…\"")
                        .replaceAll("\\s+", " ");
                System.out.println(name + " " + request + " -> " + reply.status() + " " + reply.contentType() + " "
                        + body.substring(0, Math.min(body.length(), 300)));
            }
        }
    }
}
