package dev.wamock.server;

import dev.wamock.server.internal.webhooks.WebhookHub;

/** The webhooks' hub of a server, for tests outside this package (as the messages route reaches it, through the state). */
public final class WebhookHubAccess {
    private WebhookHubAccess() {
    }

    /** {@code server}'s hub. */
    public static WebhookHub of(WamockServer server) {
        return server.webhookHub();
    }
}
