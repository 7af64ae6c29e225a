package dev.wamock.server.internal.graph;

import dev.wamock.scenarios.AccountField;
import dev.wamock.scenarios.AccountNumber;
import dev.wamock.scenarios.MessagingLimitTier;
import dev.wamock.scenarios.engine.Mappers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a number's 200 body for the fields asked. In graph-observed, the fields production added
 * exist (row 18), the version decides the tier field (row 17): from v24.0
 * {@code whatsapp_business_manager_messaging_limit} carries the tier and {@code messaging_limit_tier}
 * comes back null, and a request without {@code fields} gets production's defaults (row 16).
 */
final class AccountBody {
    static final String WBM_LIMIT = "whatsapp_business_manager_messaging_limit";
    static final List<String> OBSERVED_ONLY = List.of("throughput", "platform_type", "last_onboarded_time", WBM_LIMIT);
    /**
     * graph-observed's answer to no {@code fields}: Meta's OpenAPI, operation {@code getPhoneNumberById}, parameter
     * {@code fields}: "If not specified, only default fields (id, display_phone_number, verified_name,
     * quality_rating) are returned." (shared/api/reference/meta-business-messaging-openapi-v23.yaml, line 15516).
     */
    static final List<String> OBSERVED_DEFAULTS = List.of("id", "display_phone_number", "verified_name", "quality_rating");
    private static final List<String> DOCUMENTED_DEFAULTS = AccountField.DEFAULTS.stream().map(AccountField::wireName).toList();
    private static final int WBM_LIMIT_SINCE = 24;

    private AccountBody() {
    }

    /** The fields a request without {@code fields} gets: endpoint.md's, or production's in graph-observed. */
    static List<String> defaults(boolean observed) {
        return observed ? OBSERVED_DEFAULTS : DOCUMENTED_DEFAULTS;
    }

    static boolean known(String name, boolean observed, String version) {
        if (AccountField.fromWireName(name).isPresent()) {
            return true;
        }
        return observed && OBSERVED_ONLY.contains(name) && (!WBM_LIMIT.equals(name) || major(version) >= WBM_LIMIT_SINCE);
    }

    static byte[] render(AccountNumber number, List<String> names, boolean observed, String version,
                         Map<String, Object> extraFields) {
        return Mappers.JSON.writeValueAsBytes(tree(number, names, observed, version, extraFields));
    }

    /** The body of {@link #render} as a tree: one item of the phone_numbers list. */
    static ObjectNode tree(AccountNumber number, List<String> names, boolean observed, String version,
                           Map<String, Object> extraFields) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        boolean newTierField = observed && major(version) >= WBM_LIMIT_SINCE;
        for (String name : names) {
            AccountField field = AccountField.fromWireName(name).orElse(null);
            if (field == AccountField.MESSAGING_LIMIT_TIER && newTierField) {
                body.putNull(name);
            } else if (field != null) {
                Object value = number.value(field);
                if (value instanceof Boolean b) {
                    body.put(name, b);
                } else if (value != null) {
                    body.put(name, value.toString());
                }
            } else {
                putObserved(body, name, number);
            }
        }
        extraFields.forEach((name, value) -> body.set(name, Mappers.JSON.valueToTree(value)));
        return body;
    }

    private static void putObserved(ObjectNode body, String name, AccountNumber number) {
        MessagingLimitTier tier = number.messagingLimitTier();
        switch (name) {
            case "platform_type" -> body.put(name, "CLOUD_API");
            case "throughput" -> body.putObject(name).put("level", tier == MessagingLimitTier.TIER_UNLIMITED ? "HIGH" : "STANDARD");
            case "last_onboarded_time" -> body.put(name, LocalDate.of(2023, 1, 1)
                    .plusDays(Math.floorMod(number.id().hashCode(), 700)) + "T09:26:53+0000");
            case WBM_LIMIT -> {
                if (tier != null) {
                    body.put(name, tier.name());
                }
            }
            default -> throw new IllegalStateException("no observed field " + name);
        }
    }

    /** 23 for {@code v23.0}. */
    static int major(String version) {
        int dot = version.indexOf('.');
        return Integer.parseInt(version.substring(1, dot));
    }
}
