package dev.wamock.server.internal.graph;

import dev.wamock.scenarios.AccountNumber;
import dev.wamock.scenarios.Contract;
import dev.wamock.scenarios.engine.Mappers;
import dev.wamock.server.internal.errors.ProfileErrors;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of a WhatsApp Business Account's numbers, as {@code limit}, {@code after} and {@code before} ask (Meta's
 * cursor paging; default, minimum and maximum of {@code limit} from the contract). A cursor is the base64 of a
 * number's ID, as production's look ({@code MTAxNTExOTQ1MjAwNzI5NDE=}); clients treat them as opaque. The body is
 * {@code data} (each number as the endpoint renders it) and, when the page holds any, {@code paging} with both
 * cursors, {@code previous} when numbers come before it and {@code next} when numbers follow.
 */
final class PhoneNumbersPage {
    private static final JsonNode LIMIT = Contract.get().listParameter("limit");
    static final int DEFAULT_LIMIT = LIMIT.path("default").asInt();
    static final int MIN_LIMIT = LIMIT.path("minimum").asInt();
    static final int MAX_LIMIT = LIMIT.path("maximum").asInt();

    private final List<AccountNumber> all;
    private final int from;
    private final int to;

    private PhoneNumbersPage(List<AccountNumber> all, int from, int to) {
        this.all = all;
        this.from = from;
        this.to = to;
    }

    /** The page of {@code all} that the query parameters {@code limit}, {@code after}, {@code before} name. */
    static PhoneNumbersPage of(List<AccountNumber> all, String limitParam, String after, String before, ProfileErrors errors) {
        int limit = limit(limitParam, errors);
        if (after != null && before != null) {
            throw errors.bothCursors();
        }
        if (after != null) {
            int start = indexOf(all, after, "after", errors) + 1;
            return new PhoneNumbersPage(all, start, Math.min(all.size(), start + limit));
        }
        if (before != null) {
            int end = indexOf(all, before, "before", errors);
            return new PhoneNumbersPage(all, Math.max(0, end - limit), end);
        }
        return new PhoneNumbersPage(all, 0, Math.min(all.size(), limit));
    }

    /** The cursor of a number: its ID in base64. */
    static String cursor(AccountNumber number) {
        return Base64.getEncoder().encodeToString(number.id().getBytes(StandardCharsets.US_ASCII));
    }

    /** The body: each number of the page changed by {@code change}, with {@code extraFields}; links by {@code links}. */
    byte[] render(UnaryOperator<AccountNumber> change, Map<String, Object> extraFields, List<String> fields,
                  boolean observed, String version, PageLinks links) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode data = body.putArray("data");
        for (int i = from; i < to; i++) {
            data.add(AccountBody.tree(change.apply(all.get(i)), fields, observed, version, extraFields));
        }
        if (from < to) {
            ObjectNode paging = body.putObject("paging");
            String first = cursor(all.get(from));
            String last = cursor(all.get(to - 1));
            paging.putObject("cursors").put("before", first).put("after", last);
            if (from > 0) {
                paging.put("previous", links.to("before", first));
            }
            if (to < all.size()) {
                paging.put("next", links.to("after", last));
            }
        }
        return Mappers.JSON.writeValueAsBytes(body);
    }

    private static int limit(String value, ProfileErrors errors) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            int limit = Integer.parseInt(v);
            if (limit >= MIN_LIMIT && limit <= MAX_LIMIT) {
                return limit;
            }
        }
        throw errors.badLimit(value, MIN_LIMIT, MAX_LIMIT, DEFAULT_LIMIT);
    }

    private static int indexOf(List<AccountNumber> all, String cursor, String parameter, ProfileErrors errors) {
        String id;
        try {
            id = new String(Base64.getDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException notBase64) {
            throw errors.badCursor(parameter, cursor);
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        throw errors.badCursor(parameter, cursor);
    }
}
