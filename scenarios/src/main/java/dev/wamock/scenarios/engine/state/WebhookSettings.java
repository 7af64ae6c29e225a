package dev.wamock.scenarios.engine.state;

/**
 * A session's webhook settings as its state keeps them, so that every replica of a fleet applies the ones a test gave
 * the session through any of them. Immutable.
 *
 * @param json    the session's own settings in the server's JSON (its callback, its chaos), opaque to the store; null
 *                when the session has none and the server's options apply
 * @param starts  changes whenever the session starts over (a reset; on a shared store also a session dropped or lost
 *                by the store): what a server holds for the session beside its state, such as deliveries waiting for
 *                their turn, belongs to one value of it. Compare it only with an earlier reading of the same replica
 * @param version changes with every setting and every start over
 */
public record WebhookSettings(String json, long starts, long version) {
    /** What a new session has: no settings of its own. */
    public static final WebhookSettings NONE = new WebhookSettings(null, 0, 0);

    /** These settings after {@code json} was set (null: the server's again). */
    public WebhookSettings set(String newJson) {
        return new WebhookSettings(newJson, starts, version + 1);
    }

    /** What the session has once it started over: no settings of its own. */
    public WebhookSettings startedOver() {
        return new WebhookSettings(null, starts + 1, version + 1);
    }
}
