package dev.wamock.server.internal;

import dev.wamock.scenarios.AccountField;
import dev.wamock.scenarios.AccountNumber;
import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import dev.wamock.scenarios.internal.Mappers;

/**
 * {@code GET /{Version}/{WhatsApp-Account-Number-ID}}, data-driven: token → version → number
 * lookup → {@code fields} → body. Each check throws a {@link GraphFailure} that the exception mapper
 * answers.
 */
public final class AccountHandler {
    static final Pattern VERSION = Pattern.compile("v\\d{1,2}\\.\\d{1,2}");
    static final Pattern NUMERIC_ID = Pattern.compile("\\d{1,32}");

    private final ServerState state;

    public AccountHandler(ServerState state) {
        this.state = state;
    }

    public void handle(Context ctx) {
        String version = ctx.pathParam("version");
        String id = ctx.pathParam("id");
        if (version.startsWith(Routes.ADMIN_PREFIX.substring(1))) {
            throw Errors.unknownPath(ctx.path());
        }
        Tokens.require(ctx, state.options().requiredToken());
        if (!VERSION.matcher(version).matches()) {
            throw Errors.badVersion(version);
        }
        ctx.attribute(Routes.VERSION_ATTRIBUTE, version);
        if (!NUMERIC_ID.matcher(id).matches()) {
            throw Errors.badId();
        }
        AccountNumber number = state.options().fixtures().find(id).orElseThrow(Errors::unknownNumber);
        List<AccountField> fields = FieldsParam.parse(ctx.queryParam("fields"));
        GraphResponses.ok(ctx, version, render(number, fields));
    }

    static byte[] render(AccountNumber number, List<AccountField> fields) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (AccountField field : fields) {
            Object value = number.value(field);
            if (value instanceof Boolean b) {
                body.put(field.wireName(), b);
            } else if (value != null) {
                body.put(field.wireName(), value.toString());
            }
        }
        return Mappers.JSON.writeValueAsBytes(body);
    }
}
