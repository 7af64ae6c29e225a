package dev.wamock.server.chaos;

import dev.wamock.server.WamockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh server on a free port for every test, and a client that talks to it. */
abstract class ChaosServerTest {
    protected WamockServer server;
    protected ChaosClient client;

    @BeforeEach
    void startServer() {
        server = WamockServer.start();
        client = new ChaosClient(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }
}
