package dev.wamock.server.internal.graph;

import dev.wamock.scenarios.AccountField;
import dev.wamock.scenarios.AccountNumber;
import dev.wamock.scenarios.Answer;
import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.engine.Decision;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.scenarios.engine.state.SessionState;
import dev.wamock.server.internal.errors.GraphErrorException;
import dev.wamock.server.internal.errors.ProfileErrors;
import dev.wamock.server.internal.jetty.Exchange;
import dev.wamock.server.internal.jetty.Routes;
import dev.wamock.server.internal.journal.EntryDraft;
import dev.wamock.server.internal.state.ServerState;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code GET /{Version}/{WhatsApp-Account-Number-ID}}: token → version → number lookup →
 * {@code fields} → scenario step → body. Each check throws a {@link GraphErrorException} that the exception
 * mapper answers; a scenario step may answer with an error, change the number's fields, or add chaos.
 * {@link PhoneNumbersHandler} shares the checks ({@link #admit}, {@link #fields}) and the answer ({@link #respond}).
 */
public final class AccountHandler {
    private final ServerState state;
    private final ProfileErrors errors;
    private final boolean observed;
    private final ChaosResponder chaos;
    private final RenderedBodies bodies;

    /** The handler of the server whose state is {@code state}. */
    public AccountHandler(ServerState state) {
        this.state = state;
        this.errors = state.errors();
        this.observed = state.options().profile().observed();
        this.chaos = new ChaosResponder(() -> state.stopping().get());
        this.bodies = new RenderedBodies(observed);
    }

    /** Answers one request to the endpoint: token, version, number, fields, then the active scenario's step. */
    public void handle(Exchange ctx) throws IOException {
        Admitted request = admit(ctx);
        AccountNumber number = lookup(request.id());
        List<String> fields = fields(request);
        respond(ctx, request, new RequestFacts(request.id(), request.version(), fields, request.token(), number.wabaId()),
                (change, extra) -> change == UNCHANGED && extra.isEmpty() ? bodies.of(number, fields, request.served())
                        : AccountBody.render(change.apply(number), fields, observed, request.served(), extra));
    }

    /**
     * A request that passed the checks every Graph path shares: the version it asked for, the version it is served
     * with (graph-observed serves an expired one as the oldest usable), its ID, token and raw {@code fields}.
     */
    public record Admitted(EntryDraft draft, String version, String served, String id, String token, String rawFields) {
    }

    /** The change to a number when no scenario step changes it. */
    static final UnaryOperator<AccountNumber> UNCHANGED = number -> number;

    /** A 200 body, given the scenario step's change to each number ({@link #UNCHANGED} or a step's) and the fields it adds. */
    public interface Body {
        /** The body, given the step's change to the number and the fields it adds. */
        byte[] render(UnaryOperator<AccountNumber> change, Map<String, Object> extraFields);
    }

    /** The checks of every Graph path, in order: token, version, a numeric ID (the number's, or the account's). */
    public Admitted admit(Exchange ctx) {
        EntryDraft draft = ctx.draft();
        String version = ctx.pathParam("version");
        String id = ctx.pathParam("id");
        if (version.startsWith(Routes.ADMIN_PREFIX.substring(1))) {
            throw errors.unknownPath(ctx.path());
        }
        draft.numberId = id;
        draft.version = version;
        String rawFields = ctx.queryParam("fields");
        draft.fields = FieldsParam.names(rawFields);
        String token = Tokens.require(ctx, draft, state.options().requiredToken(), errors);
        if (observed) {
            TokenKinds.check(token, errors);
        }
        if (!isVersion(version) || (observed && !realVersion(version))) {
            throw errors.badVersion(version, ctx.path());
        }
        String served = servedVersion(version, draft);
        ctx.servedVersion(served);
        if (!digits(id, 0, id.length(), 32)) {
            throw errors.badId(id);
        }
        return new Admitted(draft, version, served, id, token, rawFields);
    }

    /** The fields a number's answer carries, by the profile's rules (the defaults when {@code fields} is absent). */
    List<String> fields(Admitted request) {
        return FieldsParam.parse(request.rawFields(), name -> AccountBody.known(name, observed, request.served()),
                AccountBody.defaults(observed), errors);
    }

    /** Asks the session's scenarios about the request, then answers: with {@code body}, or as the step says. */
    public void respond(Exchange ctx, Admitted request, RequestFacts facts, Body body) throws IOException {
        EntryDraft draft = request.draft();
        String served = request.served();
        Decision decision = decide(draft, ctx.header(SessionState.SCENARIO_HEADER), facts);
        if (decision == null) {
            GraphResponses.ok(ctx, served, body.render(UNCHANGED, Map.of()));
            return;
        }
        draft.decision = decision;
        UnaryOperator<AccountNumber> change = decision.answer() instanceof Answer.State s ? s::apply
                : UNCHANGED;
        String traceId = TraceIds.traceId();
        GraphResponses.headers(ctx, served, traceId);
        decision.headers().forEach(ctx::header);
        ctx.contentType(GraphResponses.JSON);
        if (decision.answer() instanceof Answer.Error scripted) {
            Answer.Error e = errors.shape(scripted, request.id());
            draft.error = e.error();
            String authenticate = errors.wwwAuthenticate(e.error());
            if (authenticate != null) {
                ctx.header("WWW-Authenticate", authenticate);
            }
            chaos.send(ctx, e.status(), GraphResponses.errorBody(e.error(), traceId), decision, draft);
        } else {
            Map<String, Object> extra = decision.step() == null ? Map.of() : decision.step().extraFields();
            chaos.send(ctx, 200, body.render(change, extra), decision, draft);
        }
    }

    /** Whether {@code version} looks like {@code vNN.N}: a {@code v}, 1–2 digits, a dot, 1–2 digits. */
    static boolean isVersion(String version) {
        int dot = version.indexOf('.');
        return version.startsWith("v") && digits(version, 1, dot, 2) && digits(version, dot + 1, version.length(), 2);
    }

    /** Whether {@code s[from, to)} is 1 to {@code most} ASCII digits. */
    static boolean digits(String s, int from, int to, int most) {
        if (from < 0 || to - from < 1 || to - from > most) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * graph-observed: versions Graph has had (the calendar's, v2.0–v2.12, v3.0–v3.3, then v4.0, v5.0, … one minor
     * each) and the ones it may still have, up to v30.0.
     */
    static boolean realVersion(String version) {
        int major = AccountBody.major(version);
        int minor = Integer.parseInt(version.substring(version.indexOf('.') + 1));
        return VersionCalendar.bundled().find(version).isPresent() || (major >= 3 && major <= 30 && minor == 0);
    }

    /**
     * The version the request is served with: in graph-observed, the oldest usable one when {@code version} is
     * expired on the session clock's date ({@link VersionCalendar}); else {@code version} itself.
     */
    private String servedVersion(String version, EntryDraft draft) {
        if (!observed) {
            return version;
        }
        return VersionCalendar.bundled().servedAs(version,
                VersionCalendar.dateOf(draft.session.clock().startedAt(), draft.clockNanos));
    }

    private static Decision decide(EntryDraft draft, String header, RequestFacts facts) {
        try {
            return draft.session.decide(header, facts);
        } catch (IllegalArgumentException e) {
            throw GraphErrorException.badRequest(e.getMessage() + " (from the " + SessionState.SCENARIO_HEADER + " header)");
        }
    }

    /** The number {@code id} names (a fixture's, or a magic number's), or the unknown-number error. */
    public AccountNumber lookup(String id) {
        AccountNumber number = state.options().fixtures().find(id).orElse(null);
        if (number != null) {
            return number;
        }
        if (BuiltInScenarios.byMagicNumber(id).isPresent()) {
            return Fixtures.defaults().all().get(0).with(AccountField.ID, id);
        }
        throw errors.unknownNumber(id);
    }
}
