package dev.wamock.server.internal.graph;

import dev.wamock.scenarios.AccountNumber;
import dev.wamock.scenarios.engine.RequestFacts;
import dev.wamock.server.internal.errors.ProfileErrors;
import dev.wamock.server.internal.jetty.Exchange;
import dev.wamock.server.internal.state.ServerState;
import java.io.IOException;
import java.util.List;

/**
 * {@code GET /{Version}/{WABA-ID}/phone_numbers}: the numbers of a WhatsApp Business Account (the fixtures with that
 * {@code waba_id}), a page at a time. Token, version and ID are checked and {@code fields} read exactly as on the
 * number endpoint ({@link AccountHandler#admit}, {@link AccountHandler#fields}); then the account, {@code limit}
 * and the cursor; then the session's scenario decides, with the account's ID as the request's number (a step's
 * {@code when.number}, {@code scope: number} and the business quota see it). An unknown account is refused before
 * the scenario is asked, so a magic number triggers nothing here (unless a fixture makes it a {@code waba_id}).
 * The journal entry's {@code numberId} is the account's ID.
 */
public final class PhoneNumbersHandler {
    private final ServerState state;
    private final AccountHandler account;
    private final ProfileErrors errors;
    private final boolean observed;

    /** The list edge of the server whose state is {@code state}, sharing {@code account}'s checks and answers. */
    public PhoneNumbersHandler(ServerState state, AccountHandler account) {
        this.state = state;
        this.account = account;
        this.errors = state.errors();
        this.observed = state.options().profile().observed();
    }

    /** Answers one request for a page of an account's numbers. */
    public void handle(Exchange ctx) throws IOException {
        AccountHandler.Admitted request = account.admit(ctx);
        String wabaId = request.id();
        List<AccountNumber> numbers = state.options().fixtures().ofAccount(wabaId);
        if (numbers.isEmpty()) {
            throw errors.unknownAccount(wabaId);
        }
        List<String> fields = account.fields(request);
        PhoneNumbersPage page = PhoneNumbersPage.of(numbers, ctx.queryParam("limit"), ctx.queryParam("after"),
                ctx.queryParam("before"), errors);
        PageLinks links = PageLinks.of(ctx);
        account.respond(ctx, request, new RequestFacts(wabaId, request.version(), fields, request.token(), wabaId),
                (change, extra) -> page.render(change, extra, fields, observed, request.served(), links));
    }
}
