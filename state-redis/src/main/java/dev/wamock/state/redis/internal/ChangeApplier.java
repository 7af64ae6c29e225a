package dev.wamock.state.redis.internal;

import dev.wamock.scenarios.engine.Decision;
import dev.wamock.scenarios.engine.MockClock;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.messages.OutgoingMessage;
import java.time.Duration;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies one change of the log to a {@link Replica}'s scenarios, WhatsApp's rules, clock and webhook settings, the
 * same way on every replica; a send and an inbound message are placed at the replayed clock's reading (the log's
 * time). A change
 * that fails (an unknown scenario name, an advance past the clock's range) fails on every replica alike and changes
 * nothing; its failure is its result.
 */
final class ChangeApplier {
    private final Replica replica;

    ChangeApplier(Replica replica) {
        this.replica = replica;
    }

    /**
     * The change's result: a {@link Decision}, a send's {@link dev.wamock.scenarios.engine.messages.SendVerdict},
     * {@link Replica#DONE}, or the exception it failed with.
     */
    Object apply(LogEntry e) {
        try {
            Object result = switch (e.kind()) {
                case Changes.REQUEST -> decide(e);
                case Changes.SEND -> replica.rules().check(send(e), replica.clock().nanos());
                case Changes.INBOUND -> {
                    replica.rules().inboundFrom(e.get("num"), e.get("wa"), replica.clock().nanos());
                    yield null;
                }
                case Changes.USE -> {
                    replica.scenarios().use(Codec.readScenario(e.get("s")));
                    yield null;
                }
                case Changes.USE_NAME -> {
                    replica.scenarios().use(replica.config().catalogue().resolve(e.get("s")));
                    yield null;
                }
                case Changes.OFF -> {
                    replica.scenarios().deactivate();
                    yield null;
                }
                case Changes.RESET -> {
                    replica.startOver(e.nanos(), Long.parseLong(e.get("clock")));
                    yield null;
                }
                case Changes.HOOKS -> {
                    replica.webhookSettings(e.get("s"));
                    yield null;
                }
                case Changes.CLOCK -> {
                    clock(replica.clock(), e.get("op"), e.get("v"));
                    yield null;
                }
                default -> null; // a kind of a later version: nothing this version can do with it
            };
            return result == null ? Replica.DONE : result;
        } catch (RuntimeException failure) {
            return failure;
        }
    }

    private Decision decide(LogEntry e) {
        String fields = e.get("f");
        String waba = e.get("waba");
        RequestFacts facts = new RequestFacts(e.get("num"), e.get("ver"), fields == null ? null : Codec.readStrings(fields),
                e.get("tk"), waba == null ? e.get("num") : waba, e.get("rt"));
        return replica.scenarios().decide(e.get("h"), facts);
    }

    /** The send as the rules see it: the body holds only its {@code template} object, for a template message. */
    private static OutgoingMessage send(LogEntry e) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        String template = e.get("tpl");
        if (template != null) {
            body.set("template", Codec.readTree(template));
        }
        return new OutgoingMessage(e.get("num"), e.get("to"), e.get("type"), body);
    }

    private static void clock(MockClock clock, String op, String value) {
        switch (op) {
            case Changes.MANUAL -> clock.manual();
            case Changes.REAL -> clock.real();
            case Changes.ADVANCE -> clock.advance(Duration.ofNanos(Long.parseLong(value)));
            case Changes.SCALE -> clock.scaleDelays(Double.parseDouble(value));
            default -> throw new IllegalArgumentException("unknown clock change '" + op + "'");
        }
    }
}
