package dev.wamock.server.testing;

import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.server.WamockServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A {@link WamockServer} on port 0 for a test class or for each test, for the tests of wamock's own modules (a user
 * has {@code @WamockTest}). Registered on a static field, one server for the class (and its nested classes); on an
 * instance field, a fresh one per test; closed by JUnit either way:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ServerFixture SERVER = ServerFixture.with(builder -> builder.adminToken("fake-admin-token"));
 * ... SERVER.server().journal(), SERVER.http().number() ...
 * }</pre>
 *
 * The options are applied when the server starts, so they may read a static {@code @TempDir} field. A test method
 * (or {@code @BeforeEach} method) may also take the server as a {@link WamockServer} parameter, or calls to it as an
 * {@link Http} parameter.
 */
public final class ServerFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {
    private final UnaryOperator<WamockServer.Builder> options;
    private volatile WamockServer server;
    private volatile boolean perClass;
    private int classes;

    private ServerFixture(UnaryOperator<WamockServer.Builder> options) {
        this.options = options;
    }

    /** A server with the default options. */
    public static ServerFixture start() {
        return with(UnaryOperator.identity());
    }

    /** A server with the options {@code options} sets on a fresh builder (port 0 unless it sets another). */
    public static ServerFixture with(UnaryOperator<WamockServer.Builder> options) {
        return new ServerFixture(options);
    }

    /** The running server; fails when asked outside the tests it serves. */
    public WamockServer server() {
        WamockServer running = server;
        if (running == null) {
            throw new IllegalStateException("no server: a ServerFixture starts it for its class (a static "
                    + "@RegisterExtension field) or for each test (an instance field), and is asked only while they run");
        }
        return running;
    }

    /** Calls to the server with the JDK's client. */
    public Http http() {
        return Http.to(server().baseUrl());
    }

    /** The server's port. */
    public int port() {
        return server().port();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return server().baseUrl();
    }

    /**
     * The journal once it holds {@code entries} entries (a fault's entry lands once the server is done with the socket,
     * after the client saw the fault); fails after 10 s with the timeline.
     */
    public Journal journal(int entries) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Journal journal = server().journal();
        while (journal.entries().size() < entries && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
            journal = server().journal();
        }
        if (journal.entries().size() < entries) {
            throw new AssertionError("expected " + entries + " journal entries within 10 s but found "
                    + journal.entries().size() + " (total " + journal.total() + "):\n" + journal.timeline());
        }
        return journal;
    }

    /** The journal's only entry, once written; fails when there are more. */
    public JournalEntry onlyEntry() {
        List<JournalEntry> entries = journal(1).entries();
        if (entries.size() != 1) {
            throw new AssertionError("expected 1 journal entry but found " + entries.size() + ":\n"
                    + server().journal().timeline());
        }
        return entries.get(0);
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        perClass = true;
        if (classes++ == 0) {
            server = options.apply(WamockServer.builder().port(0)).start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--classes == 0) {
            stop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            server = options.apply(WamockServer.builder().port(0)).start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WamockServer.class || type == Http.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Http.class ? http() : server();
    }

    private void stop() {
        WamockServer running = server;
        server = null;
        if (running != null) {
            running.close();
        }
    }
}
