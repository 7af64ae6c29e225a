package dev.wamock.server.internal.webhooks;

import dev.wamock.scenarios.WebhookChaos;
import dev.wamock.scenarios.engine.messages.OutgoingMessage;
import dev.wamock.scenarios.engine.messages.SendVerdict;
import dev.wamock.server.WebhookOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;

/**
 * Builds a session's chains of deliveries, the chaos drawn: a sent message's statuses ({@code sent},
 * {@code delivered}, {@code read}, or {@code sent}, {@code failed}), each due its delay after the send's answer, or an
 * inbound message's one delivery. Thread-safe.
 */
final class Chains {
    private final WebhookHub hub;
    private final ChaosDraws draws = new ChaosDraws();
    private final AtomicLong order = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    Chains(WebhookHub hub) {
        this.hub = hub;
    }

    /** The statuses of {@code message}, answered at {@code clockNanos}; timestamps from {@code epochSeconds}. */
    List<Pending> statuses(OutgoingMessage message, String wamid, SendVerdict verdict, long clockNanos, WebhookChaos c,
                           LongUnaryOperator epochSeconds) {
        WebhookOptions o = hub.options();
        boolean failed = verdict.failure() != null;
        List<String> statuses = new ArrayList<>(failed ? List.of("sent", "failed") : List.of("sent", "delivered", "read"));
        List<Duration> after = new ArrayList<>(failed ? List.of(o.sentAfter(), o.deliveredAfter())
                : List.of(o.sentAfter(), o.deliveredAfter(), o.readAfter()));
        if (!failed && draws.fires(c.readWithoutDelivered())) {
            statuses.remove(1);
            after.remove(1);
        }
        String conversation = Payloads.conversationId();
        List<String> bodies = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            long at = clockNanos + after.get(i).toNanos();
            times.add(at);
            bodies.add(hub.payloads().status(message.phoneNumberId(), wamid, statuses.get(i), message.to(),
                    epochSeconds.applyAsLong(at), message.isTemplate(), conversation,
                    "failed".equals(statuses.get(i)) ? verdict.failure() : null));
        }
        if (draws.fires(c.outOfOrder())) { // the order of arrival turns; each keeps its own timestamp
            Collections.reverse(statuses);
            Collections.reverse(bodies);
        }
        List<Pending> chain = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            add(chain, c, "statuses", wamid, statuses.get(i), bodies.get(i), times.get(i));
        }
        return link(chain);
    }

    /** One delivery of {@code field} due at {@code due}, chaos drawn (it may be dropped: an empty list). */
    List<Pending> single(String field, String wamid, String body, long due, WebhookChaos c) {
        List<Pending> chain = new ArrayList<>();
        add(chain, c, field, wamid, null, body, due);
        return link(chain);
    }

    private void add(List<Pending> chain, WebhookChaos c, String field, String wamid, String status, String body,
                     long due) {
        if (draws.fires(c.dropped())) {
            dropped.incrementAndGet();
            return;
        }
        long at = draws.fires(c.delayed()) ? due + c.delayBy().toNanos() : due;
        chain.add(new Pending(hub.newDeliveryId(), field, wamid, status, body, 1, at, order.incrementAndGet(), null));
        if (draws.fires(c.duplicated())) {
            chain.add(new Pending(hub.newDeliveryId(), field, wamid, status, body, 1, at, order.incrementAndGet(), null));
        }
    }

    /** The chain with each delivery's {@code next} set: the list's head first. */
    private static List<Pending> link(List<Pending> chain) {
        List<Pending> linked = new ArrayList<>(chain);
        Pending next = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            Pending p = chain.get(i);
            next = new Pending(p.deliveryId(), p.field(), p.wamid(), p.status(), p.body(), 1, p.dueNanos(), p.order(),
                    next);
            linked.set(i, next);
        }
        return linked;
    }

    /** Deliveries chaos dropped. */
    long dropped() {
        return dropped.get();
    }

    /** Counts from 0 again (the session started over). */
    void restart() {
        dropped.set(0);
    }

    /** Starts the draws again from {@code seed}. */
    void reseed(long seed) {
        draws.reseed(seed);
    }
}
