package dev.wamock.server.reliability;

import static dev.wamock.server.testing.RawHttp.ENDPOINT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.RawConnection;
import dev.wamock.server.testing.RawHttp;
import dev.wamock.server.testing.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Clients that trickle their headers or their body, or announce a body they never send. Each method is one
 * attack of the hostile-client suite: it asserts what must hold on any machine and returns the normal
 * client's latency for the stress suite to judge.
 */
final class TrickleAttacks {
    private TrickleAttacks() {
    }

    /** 400 connections trickling header bytes (each 4 a second, spread evenly) for 6 s; then each is answered 200. */
    static Attacked slowloris() throws Exception {
        try (Arena arena = Arena.start(WamockServer.builder())) {
            List<RawConnection> loris = new ArrayList<>();
            try {
                for (int i = 0; i < 400; i++) { // connected first: a burst of connects is the storms' subject
                    RawConnection c = RawHttp.connect(arena.port);
                    c.write(("GET " + ENDPOINT + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: ")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    loris.add(c);
                }
                Latency.Probe probe = new Latency.Probe(arena.port);
                long end = System.nanoTime() + Duration.ofSeconds(6).toNanos();
                while (System.nanoTime() < end) { // one header byte per connection every 250 ms, 20 at a time
                    for (int i = 0; i < loris.size(); i++) {
                        loris.get(i).write(new byte[] {'a'});
                        if (i % 20 == 19) {
                            Thread.sleep(250 / (loris.size() / 20));
                        }
                    }
                }
                Latency.Stats during = probe.stop();

                Latency.assertAnswered(during, "400 connections trickling header bytes");
                for (RawConnection c : loris) { // no header deadline: each trickled request is still answered
                    Reply a = c.send("\r\n" + RawHttp.AUTH + "\r\nConnection: close\r\n\r\n");
                    assertThat(a.status()).as("answer to a request whose headers took 6 s").isEqualTo(200);
                }
                assertThat(arena.server.journal().total()).isEqualTo(during.requests() + 400L);
                assertThat(arena.log.errors()).as("errors logged").isEmpty();
                return arena.attacked(loris.size(), during);
            } finally {
                loris.forEach(RawConnection::close);
            }
        }
    }

    /**
     * 150 admin requests trickling a 20-byte body at 4 bytes a second (5 s) and 150 GETs announcing a body they
     * never send: every one answered 200.
     */
    static Attacked slowBodies() throws Exception {
        try (Arena arena = Arena.start(WamockServer.builder())) {
            String body = "{\"delayScale\": 1}   ";
            List<RawConnection> admin = new ArrayList<>();
            List<RawConnection> endpoint = new ArrayList<>();
            try {
                for (int i = 0; i < 150; i++) {
                    admin.add(headOnly(arena.port, RawHttp.request("POST", "/__wamock/clock", body,
                            "Content-Type: application/json", "Connection: close"), body));
                    endpoint.add(headOnly(arena.port,
                            RawHttp.request("GET", ENDPOINT, body, RawHttp.AUTH, "Connection: close"), body));
                }
                Latency.Probe probe = new Latency.Probe(arena.port);
                for (int i = 0; i < body.length(); i++) {
                    for (RawConnection c : admin) {
                        c.write(new byte[] {(byte) body.charAt(i)});
                    }
                    Thread.sleep(250);
                }
                Latency.Stats during = probe.stop();

                Latency.assertAnswered(during, "300 connections trickling request bodies");
                for (RawConnection c : admin) {
                    Reply a = c.read("GET");
                    assertThat(a.status()).as("admin answer to a body that took 5 s: %s", a).isEqualTo(200);
                }
                for (RawConnection c : endpoint) {
                    Reply a = c.read("GET");
                    assertThat(a.status()).as("endpoint answer to a GET with a slow body: %s", a).isEqualTo(200);
                }
                assertThat(arena.log.errors()).as("errors logged").isEmpty();
                return arena.attacked(admin.size() + endpoint.size(), during);
            } finally {
                admin.forEach(RawConnection::close);
                endpoint.forEach(RawConnection::close);
            }
        }
    }

    /** Known bug 7's attack: 300 admin requests that send 1 byte of a 40-byte body and hold it for 3 s. */
    static Attacked slowAdminBodies() throws Exception {
        try (Arena arena = Arena.start(WamockServer.builder())) {
            List<RawConnection> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 300; i++) {
                    RawConnection c = RawHttp.connect(arena.port);
                    c.write(("POST /__wamock/clock HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 40\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
                    slow.add(c);
                }
                Latency.Probe probe = new Latency.Probe(arena.port);
                Thread.sleep(3_000);
                Latency.Stats during = probe.stop();

                Latency.assertAnswered(during, "300 admin requests trickling their bodies");
                return arena.attacked(slow.size(), during);
            } finally {
                slow.forEach(RawConnection::close);
            }
        }
    }

    /** A connection that sent {@code request} without its {@code body}. */
    private static RawConnection headOnly(int port, String request, String body) throws Exception {
        RawConnection c = RawHttp.connect(port);
        c.write(request.replace(body, "").getBytes(StandardCharsets.ISO_8859_1));
        return c;
    }
}
