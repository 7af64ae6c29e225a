package dev.wamock.server.internal;

import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.WamockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Loads and initialises ahead of a first server what it needs, in parts that can run on threads of
 * their own: a JVM's first server spends most of its start loading classes. No part leaves a port open
 * or a server running (the shared Jetty server it may start is the one every server uses). The CLI
 * overlaps {@link #data()} with its command-line parsing; the JUnit extension runs the parts while
 * JUnit discovers the tests.
 */
public final class WarmUp {
    private WarmUp() {
    }

    /** The default numbers, the built-in catalogue read from the contract, Jackson's JSON writer. */
    public static void data() {
        Fixtures.defaults();
        BuiltInScenarios.all();
        Mappers.JSON.writeValueAsBytes(JsonNodeFactory.instance.objectNode().put("id", "0"));
    }

    /** The routes and the JVM's one Jetty server ({@link SharedJetty}), which every server uses, without a port. */
    public static void http() {
        SharedJetty.get();
    }

    /** A default server started, asked for a number once, and closed: the request path's classes. */
    public static void server() {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            new Probe("/v23.0/106540352242922", "Authorization: Bearer warm-up-fake-token\r\n").send(server.port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
