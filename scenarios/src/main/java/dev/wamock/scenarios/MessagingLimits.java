package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.wamock.scenarios.engine.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * WhatsApp's limits on sends, as {@link dev.wamock.scenarios.engine.messages.WhatsAppRules} applies them on the
 * scenario clock. Immutable; {@link #defaults()} are Meta's documented values and each {@code withX} returns a
 * changed copy. Files and the admin API write it as JSON; every key is optional:
 *
 * <pre>
 * {"messagesPerSecond": 80, "pairInterval": "6s", "pairBurst": 45, "serviceWindow": "24h",
 *  "undeliverable": ["15550001111"], "spamLimited": [], "marketingPerUserPerDay": null,
 *  "templates": [{"name": "hello_world", "language": "en_US", "category": "UTILITY", "bodyParameters": 0}]}
 * </pre>
 *
 * @param messagesPerSecond      sends per second per business number before 130429 (Meta: 80 by default)
 * @param pairInterval           the pair limit's pace to one recipient (Meta: one message every 6 s)
 * @param pairBurst              how many sends to one recipient a burst within one {@code pairInterval} may hold
 *                               (Meta: 45); a burst then blocks the pair until {@code count × pairInterval} has passed
 * @param serviceWindow          how long after a user's last message non-template sends are allowed (Meta: 24 h)
 * @param undeliverable          recipients (digits of the phone number or WhatsApp ID) whose sends fail with 131026
 * @param spamLimited            business phone number IDs whose sends fail with 131048
 * @param marketingPerUserPerDay marketing templates one user gets per rolling 24 h before 131049, or null for no limit
 *                               (Meta publishes no number)
 * @param templates              the templates the business has; a template send is checked against them (132001 for
 *                               one not among them). None by default: then any template name goes, as a client's own
 *                               templates would on its real account, and only its parameters' form is checked
 */
public record MessagingLimits(int messagesPerSecond, Duration pairInterval, int pairBurst, Duration serviceWindow,
                              Set<String> undeliverable, Set<String> spamLimited, Integer marketingPerUserPerDay,
                              List<MessageTemplate> templates) {
    private static final MessagingLimits DEFAULTS = new MessagingLimits(80, Duration.ofSeconds(6), 45,
            Duration.ofHours(24), Set.of(), Set.of(), null, List.of());

    /**
     * Checks the limits and copies the collections (recipients kept as their digits).
     *
     * @throws IllegalArgumentException for a rate, burst or limit below 1 or a duration that is not positive
     */
    public MessagingLimits {
        atLeastOne("messagesPerSecond", messagesPerSecond);
        atLeastOne("pairBurst", pairBurst);
        if (marketingPerUserPerDay != null) {
            atLeastOne("marketingPerUserPerDay", marketingPerUserPerDay);
        }
        positive("pairInterval", pairInterval);
        positive("serviceWindow", serviceWindow);
        undeliverable = digitsOf(undeliverable);
        spamLimited = spamLimited == null ? Set.of() : Set.copyOf(spamLimited);
        templates = templates == null ? List.of() : List.copyOf(templates);
    }

    /**
     * Meta's documented values: 80/s, one message per 6 s per pair with bursts of 45, a 24-hour window; no templates
     * declared (any template name goes).
     */
    public static MessagingLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Reads limits from a JSON file (or YAML, {@code .yaml}/{@code .yml}) of the shape above; keys left out keep
     * Meta's values. This is what {@code --messaging-limits FILE} ({@code WAMOCK_MESSAGING_LIMITS}) reads.
     *
     * @throws InvalidFileException naming the file, line, column and field of the first problem (not JSON, an unknown
     *                              key, a value of the wrong type or out of range), or {@code cannot read <file>: …}
     *                              for a file that is not a regular UTF-8 file of at most 4 MiB
     */
    public static MessagingLimits load(java.nio.file.Path file) {
        return parse(file.toString(), dev.wamock.scenarios.internal.BoundedText.read(file));
    }

    /**
     * Parses limits text; {@code fileName} decides JSON or YAML and names the file in errors.
     *
     * @throws InvalidFileException as {@link #load}
     */
    public static MessagingLimits parse(String fileName, String content) {
        return dev.wamock.scenarios.internal.LimitsFile.parse(fileName, content);
    }

    /** The digits of a phone number or WhatsApp ID ({@code +1 555-0100} and {@code 15550100} are one recipient). */
    public static String digits(String recipient) {
        StringBuilder digits = new StringBuilder(recipient.length());
        for (int i = 0; i < recipient.length(); i++) {
            char c = recipient.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** A copy with another throughput per business number. */
    public MessagingLimits withMessagesPerSecond(int perSecond) {
        return new MessagingLimits(perSecond, pairInterval, pairBurst, serviceWindow, undeliverable, spamLimited,
                marketingPerUserPerDay, templates);
    }

    /** A copy with another pair limit: one send per {@code interval}, bursts of up to {@code burst}. */
    public MessagingLimits withPairLimit(Duration interval, int burst) {
        return new MessagingLimits(messagesPerSecond, interval, burst, serviceWindow, undeliverable, spamLimited,
                marketingPerUserPerDay, templates);
    }

    /** A copy with another customer service window. */
    public MessagingLimits withServiceWindow(Duration window) {
        return new MessagingLimits(messagesPerSecond, pairInterval, pairBurst, window, undeliverable, spamLimited,
                marketingPerUserPerDay, templates);
    }

    /** A copy whose sends to these recipients fail later with 131026 (e.g. numbers not on WhatsApp). */
    public MessagingLimits withUndeliverable(String... recipients) {
        return new MessagingLimits(messagesPerSecond, pairInterval, pairBurst, serviceWindow, Set.of(recipients),
                spamLimited, marketingPerUserPerDay, templates);
    }

    /** A copy whose sends from these business phone number IDs fail later with 131048. */
    public MessagingLimits withSpamLimited(String... phoneNumberIds) {
        return new MessagingLimits(messagesPerSecond, pairInterval, pairBurst, serviceWindow, undeliverable,
                Set.of(phoneNumberIds), marketingPerUserPerDay, templates);
    }

    /** A copy where one user gets at most {@code perDay} marketing templates per rolling 24 h, then 131049. */
    public MessagingLimits withMarketingPerUserPerDay(int perDay) {
        return new MessagingLimits(messagesPerSecond, pairInterval, pairBurst, serviceWindow, undeliverable,
                spamLimited, perDay, templates);
    }

    /** A copy with these templates instead. */
    public MessagingLimits withTemplates(List<MessageTemplate> newTemplates) {
        return new MessagingLimits(messagesPerSecond, pairInterval, pairBurst, serviceWindow, undeliverable,
                spamLimited, marketingPerUserPerDay, newTemplates);
    }

    /** A copy with {@code template} added to the templates. */
    public MessagingLimits withTemplate(MessageTemplate template) {
        List<MessageTemplate> more = new ArrayList<>(templates);
        more.add(template);
        return withTemplates(more);
    }

    @JsonCreator
    static MessagingLimits fromJson(@JsonProperty("messagesPerSecond") Integer messagesPerSecond,
                                    @JsonProperty("pairInterval") String pairInterval,
                                    @JsonProperty("pairBurst") Integer pairBurst,
                                    @JsonProperty("serviceWindow") String serviceWindow,
                                    @JsonProperty("undeliverable") Set<String> undeliverable,
                                    @JsonProperty("spamLimited") Set<String> spamLimited,
                                    @JsonProperty("marketingPerUserPerDay") Integer marketingPerUserPerDay,
                                    @JsonProperty("templates") List<MessageTemplate> templates) {
        MessagingLimits d = DEFAULTS;
        return new MessagingLimits(messagesPerSecond != null ? messagesPerSecond : d.messagesPerSecond,
                pairInterval != null ? duration("pairInterval", pairInterval) : d.pairInterval,
                pairBurst != null ? pairBurst : d.pairBurst,
                serviceWindow != null ? duration("serviceWindow", serviceWindow) : d.serviceWindow,
                undeliverable, spamLimited, marketingPerUserPerDay, templates != null ? templates : d.templates);
    }

    /** The JSON form; {@link #fromJson} reads it back. */
    @JsonValue
    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("messagesPerSecond", messagesPerSecond);
        out.put("pairInterval", Durations.format(pairInterval));
        out.put("pairBurst", pairBurst);
        out.put("serviceWindow", Durations.format(serviceWindow));
        out.put("undeliverable", new TreeSet<>(undeliverable));
        out.put("spamLimited", new TreeSet<>(spamLimited));
        out.put("marketingPerUserPerDay", marketingPerUserPerDay);
        out.put("templates", templates);
        return out;
    }

    private static Set<String> digitsOf(Set<String> recipients) {
        Set<String> out = new TreeSet<>();
        if (recipients != null) {
            recipients.forEach(r -> out.add(digits(r)));
        }
        return Set.copyOf(out);
    }

    private static Duration duration(String key, String text) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be a duration such as 250ms, 6s, 10m or 24h but was '"
                    + text + "'"); // no cause: file errors show the root cause's message
        }
    }

    private static void atLeastOne(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1 but was " + value);
        }
    }

    private static void positive(String key, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be a positive duration (e.g. 6s) but was " + value);
        }
    }
}
