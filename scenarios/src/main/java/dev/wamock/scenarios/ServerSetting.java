package dev.wamock.scenarios;

import dev.wamock.scenarios.internal.Suggestions;
import java.util.Arrays;
import java.util.Locale;

/**
 * The options of a wamock server as the command line and the container image take them: each is a flag
 * ({@code --https-port 8443}) or, with the same name, a {@code WAMOCK_*} environment variable
 * ({@code WAMOCK_HTTPS_PORT=8443}). The one list of them: {@code wamock-server.jar} reads its variables by it and
 * {@code WamockContainer} writes them by it, so the two cannot drift apart. In Java, {@code WamockServer.builder()}
 * sets the same options.
 */
public enum ServerSetting {
    /** Interface to bind ({@code 127.0.0.1}; the image binds {@code 0.0.0.0}). */
    HOST,
    /** TCP port (0 picks a free one). */
    PORT,
    /** A JSON/YAML file of account numbers ({@code mode: replace|extend}). */
    FIXTURES,
    /** The only access token accepted. */
    REQUIRE_TOKEN,
    /** The scenario active at start and after every reset. */
    SCENARIO,
    /** A scenario file (YAML/JSON) or a directory of them. */
    SCENARIOS,
    /** How many journal entries are kept. */
    JOURNAL_CAPACITY,
    /** The bearer token every admin call but health needs. */
    ADMIN_TOKEN,
    /** Host names an admin call may name in {@code Host} (comma-separated; {@code *}: any). */
    ADMIN_ALLOWED_HOSTS,
    /** {@code documented} or {@code graph-observed}. */
    PROFILE,
    /** graph-observed: the HTTP status of rate-limit errors (400 or 429). */
    RATE_LIMIT_STATUS,
    /** graph-observed: the HTTP status of token errors (400 or 401). */
    TOKEN_ERROR_STATUS,
    /** A JSON Lines file every journal entry is also appended to. */
    JOURNAL_FILE,
    /** A shared store for scenario progress, windows, the clock and the journal ({@code redis://host:6379/0}). */
    STATE,
    /** The port of the HTTPS listener (0 picks a free one). */
    HTTPS_PORT,
    /** A PKCS#12 file whose key and chain the HTTPS listener serves. */
    KEYSTORE,
    /** The password of {@link #KEYSTORE}. */
    KEYSTORE_PASSWORD,
    /** The Graph proxy mode ({@code true}). */
    PROXY,
    /** Where status and inbound-message webhooks are POSTed ({@code http://host:port/path}). */
    WEBHOOK_URL,
    /** The app secret that signs webhooks ({@code X-Hub-Signature-256}). */
    APP_SECRET,
    /** The verify token of the webhook verification handshake. */
    VERIFY_TOKEN,
    /** A JSON file of WhatsApp's messaging limits ({@link MessagingLimits}; keys left out keep Meta's values). */
    MESSAGING_LIMITS;

    /** The command-line flag: {@code --https-port} for {@link #HTTPS_PORT}. */
    public String flag() {
        return "--" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The environment variable: {@code WAMOCK_HTTPS_PORT} for {@link #HTTPS_PORT}. */
    public String env() {
        return "WAMOCK_" + name();
    }

    /**
     * The setting of a command-line flag.
     *
     * @throws IllegalArgumentException for a flag that is none of them, with a "did you mean" and the valid flags
     */
    public static ServerSetting ofFlag(String flag) {
        return Arrays.stream(values()).filter(s -> s.flag().equals(flag)).findFirst().orElseThrow(() -> {
            var flags = Arrays.stream(values()).map(ServerSetting::flag).toList();
            return new IllegalArgumentException("'" + flag + "' is not a wamock server option"
                    + Suggestions.didYouMean(flag, flags) + "; the options are " + flags);
        });
    }
}
