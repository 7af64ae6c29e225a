package dev.wamock.server.internal.webhooks;

import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.scenarios.engine.state.WebhookSettings;
import dev.wamock.server.WebhookOptions;
import java.net.URI;
import java.util.Objects;

/**
 * A session's webhook settings as this server applies them: read from the session's state (parsed only when they
 * changed), written to it so that every replica applies them. Tells its listener of new settings, and whether the
 * session started over (a reset) since the last ones. Thread-safe.
 */
final class SessionSettings {
    /** How often, at most, {@link #stale()} asks for a catch-up with changes made through other replicas. */
    private static final long CATCH_UP_NANOS = 50_000_000;

    /** Told of new settings, under this object's lock. */
    interface Listener {
        void changed(HookSettings now, boolean startedOver);
    }

    private final SessionState session;
    private final WebhookOptions options;
    private final Listener listener;
    private volatile HookSettings current;
    private volatile long caughtUpAt;

    SessionSettings(SessionState session, WebhookOptions options, Listener listener) {
        this.session = session;
        this.options = options;
        this.listener = listener;
        this.current = HookSettings.of(session.webhookSettings(), options);
        listener.changed(current, false);
    }

    /**
     * The settings as the session's state has them, after catching up with changes made through other replicas when
     * {@code catchUp} (a shared store that cannot be reached leaves this replica's own view: the next catch-up brings
     * the rest).
     */
    HookSettings now(boolean catchUp) {
        if (catchUp) {
            caughtUpAt = System.nanoTime();
            try {
                session.catchUp();
            } catch (RuntimeException unreachable) {
                // go on with what this replica knows
            }
        }
        WebhookSettings read = session.webhookSettings();
        HookSettings s = current;
        if (s.readFrom(read)) {
            return s;
        }
        synchronized (this) {
            if (!current.readFrom(read)) {
                boolean startedOver = read.starts() != current.source().starts();
                current = HookSettings.of(read, options);
                listener.changed(current, startedOver);
            }
            return current;
        }
    }

    /** Whether the last catch-up is 50 ms old or more. */
    boolean stale() {
        return System.nanoTime() - caughtUpAt >= CATCH_UP_NANOS;
    }

    /** Sends the session's webhooks to {@code url} (null: nowhere), on every replica. */
    void callback(URI url) {
        session.webhookSettings(now(true).withCallback(url));
        now(false);
    }

    /** Gives the session {@code chaos}, on every replica. */
    void chaos(WebhookChaos chaos) {
        session.webhookSettings(now(true).withChaos(Objects.requireNonNull(chaos, "chaos")));
        now(false);
    }
}
