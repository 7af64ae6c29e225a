package dev.wamock.scenarios.engine.messages;

import dev.wamock.scenarios.GraphError;
import dev.wamock.scenarios.MessageTemplate;
import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.WhatsAppError;
import dev.wamock.scenarios.WhatsAppErrors;
import java.util.Objects;

/**
 * WhatsApp's rules on sends, on the scenario clock: template checks (132000-series), throughput per business
 * number (130429) and the pair limit to one recipient (131056) refuse a send at once; an accepted send fails later
 * when its recipient is undeliverable (131026), its number is spam-limited (131048), it is not a template and the
 * 24-hour customer service window is closed (131047), or the user had their marketing templates for the day
 * (131049). Sends that get a message ID count against the throughput and pair limits; refused ones do not.
 *
 * <p>Thread-safe (one lock per instance); memory is bounded by time: what no rule can look at any more (sends older
 * than a second, paid-back bursts, closed windows, marketing sends older than a day) is forgotten.
 */
public final class WhatsAppRules implements MessagingRules {
    private static final long PRUNE_EVERY = 1_000_000_000L;

    private final MessagingLimits limits;
    private final TemplateRules templates;
    private final ThroughputLimit throughput;
    private final PairLimit pairs;
    private final UserWindows users;
    private long lastPrune = Long.MIN_VALUE;

    /** Rules with these limits. */
    public WhatsAppRules(MessagingLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.templates = new TemplateRules(limits.templates());
        this.throughput = new ThroughputLimit(limits.messagesPerSecond());
        this.pairs = new PairLimit(limits.pairInterval().toNanos(), limits.pairBurst());
        this.users = new UserWindows(limits.serviceWindow().toNanos(), limits.marketingPerUserPerDay());
    }

    /** The limits these rules apply. */
    public MessagingLimits limits() {
        return limits;
    }

    @Override
    public synchronized SendVerdict check(OutgoingMessage message, long clockNanos) {
        pruneNowAndThen(clockNanos);
        MessageTemplate template = null;
        if (message.isTemplate()) {
            TemplateRules.Result result = templates.check(message.body());
            if (result.refusal() != null) {
                return result.refusal();
            }
            template = result.template();
        }
        String number = message.phoneNumberId();
        String user = MessagingLimits.digits(message.to());
        String pair = number + "|" + user;
        if (!throughput.allows(number, clockNanos)) {
            return verdict("throughput-limit");
        }
        if (!pairs.allows(pair, clockNanos)) {
            return verdict("pair-rate-limit");
        }
        throughput.record(number, clockNanos);
        pairs.record(pair, clockNanos);
        if (limits.undeliverable().contains(user)) {
            return verdict("undeliverable");
        }
        if (limits.spamLimited().contains(number)) {
            return verdict("spam-rate-limit");
        }
        if (!message.isTemplate() && !users.windowOpen(pair, clockNanos)) {
            return verdict("re-engagement");
        }
        if (template != null && template.category() == MessageTemplate.Category.MARKETING) {
            if (!users.marketingAllowed(user, clockNanos)) {
                return verdict("marketing-limit");
            }
            users.marketingSent(user, clockNanos);
        }
        return SendVerdict.goes();
    }

    @Override
    public synchronized void inboundFrom(String phoneNumberId, String waId, long clockNanos) {
        pruneNowAndThen(clockNanos);
        users.inbound(phoneNumberId + "|" + MessagingLimits.digits(waId), clockNanos);
    }

    /** How many numbers, pairs and users the rules remember now (for tests of the memory bound). */
    synchronized int remembered() {
        return throughput.size() + pairs.size() + users.size();
    }

    private void pruneNowAndThen(long now) {
        if (lastPrune == Long.MIN_VALUE || now - lastPrune >= PRUNE_EVERY) {
            throughput.prune(now);
            pairs.prune(now);
            users.prune(now);
            lastPrune = now;
        }
    }

    private static SendVerdict verdict(String name) {
        var error = WhatsAppErrors.named(name);
        return verdict(error, error.details());
    }

    /** The verdict on a send that meets {@code error}: refused at once, or accepted and failed later. */
    static SendVerdict verdict(WhatsAppError error, String details) {
        GraphError graph = error.graphError(details);
        return error.delivery() == WhatsAppError.Delivery.REFUSED ? SendVerdict.refused(error.status(), graph)
                : SendVerdict.failsLater(graph);
    }
}
