package dev.wamock.server.internal;

import dev.wamock.scenarios.AccountField;
import dev.wamock.scenarios.AccountNumber;
import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.Decision;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.RequestFacts;
import dev.wamock.scenarios.ScenarioRun;
import dev.wamock.scenarios.internal.Mappers;
import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /{Version}/{WhatsApp-Account-Number-ID}}: token → version → number lookup →
 * {@code fields} → scenario step → body. Each check throws a {@link GraphFailure} that the exception
 * mapper answers; a scenario step may answer with an error or change the number's fields.
 */
public final class AccountHandler {
    static final Pattern VERSION = Pattern.compile("v\\d{1,2}\\.\\d{1,2}");
    static final Pattern NUMERIC_ID = Pattern.compile("\\d{1,32}");

    private final ServerState state;
    private final ChaosResponder chaos;

    public AccountHandler(ServerState state) {
        this.state = state;
        this.chaos = new ChaosResponder(state.clock());
    }

    public void handle(Context ctx) throws java.io.IOException {
        Exchange exchange = Exchange.of(ctx);
        String version = ctx.pathParam("version");
        String id = ctx.pathParam("id");
        if (version.startsWith(Routes.ADMIN_PREFIX.substring(1))) {
            throw Errors.unknownPath(ctx.path());
        }
        exchange.numberId = id;
        String rawFields = ctx.queryParam("fields");
        exchange.fields = FieldsParam.names(rawFields);
        String token = Tokens.require(ctx, exchange, state.options().requiredToken());
        if (!VERSION.matcher(version).matches()) {
            throw Errors.badVersion(version);
        }
        exchange.version = version;
        if (!NUMERIC_ID.matcher(id).matches()) {
            throw Errors.badId();
        }
        AccountNumber number = lookup(id);
        List<AccountField> fields = FieldsParam.parse(rawFields);
        ScenarioRun run = select(ctx.header(ScenarioEngine.HEADER), id);
        if (run == null) {
            GraphResponses.ok(ctx, version, render(number, fields));
            return;
        }
        Decision decision = run.decide(new RequestFacts(id, version, fields.stream().map(AccountField::wireName).toList(), token));
        exchange.decision = decision;
        if (decision.answer() instanceof Answer.State s) {
            number = s.apply(number);
        }
        String traceId = TraceIds.traceId();
        GraphResponses.headers(ctx, version, traceId);
        decision.headers().forEach(ctx::header);
        ctx.contentType(GraphResponses.JSON);
        if (decision.answer() instanceof Answer.Error e) {
            exchange.error = e.error();
            chaos.send(ctx, e.httpStatus(), GraphResponses.errorBody(e.error(), traceId), decision, exchange);
        } else {
            chaos.send(ctx, 200, render(number, fields), decision, exchange);
        }
    }

    private ScenarioRun select(String header, String id) {
        try {
            return state.scenarios().select(header, id);
        } catch (IllegalArgumentException e) {
            throw AdminRoutes.badRequest(e.getMessage() + " (from the " + ScenarioEngine.HEADER + " header)");
        }
    }

    private AccountNumber lookup(String id) {
        AccountNumber number = state.options().fixtures().find(id).orElse(null);
        if (number != null) {
            return number;
        }
        if (BuiltInScenarios.byMagicNumber(id).isPresent()) {
            return Fixtures.defaults().all().get(0).with(AccountField.ID, id);
        }
        throw Errors.unknownNumber();
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
