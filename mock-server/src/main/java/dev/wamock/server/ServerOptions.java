package dev.wamock.server;

import dev.wamock.scenarios.Fixtures;
import dev.wamock.scenarios.MessagingLimits;
import dev.wamock.scenarios.Scenario;
import dev.wamock.server.internal.admin.AdminHosts;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link WamockServer} is set up: the one description of a server. Immutable; build one with
 * {@link WamockServer#builder()}. Every way to start a server maps to it in one place: the builder's methods, the
 * command line ({@code WamockCommand.options()}, its flags and {@code WAMOCK_*} variables named by
 * {@link dev.wamock.scenarios.ServerSetting}), {@code @WamockTest} and {@code WamockExtension.builder()}
 * ({@code WamockConfig}), and {@code WamockContainer}, which writes the same variables. {@code OptionAdaptersTest}
 * fails when a component has no setting, flag or builder method.
 *
 * @param host            interface to bind; {@code 127.0.0.1} by default, {@code 0.0.0.0} in the image
 * @param port            TCP port; 0 picks a free one
 * @param fixtures        the account numbers the server knows
 * @param requiredToken   when set, the only access token accepted; any non-empty token otherwise
 * @param scenarios       scenarios loaded from files or code, usable by name next to the built-ins
 * @param startScenario   the scenario active at start and after {@code reset()}, or null for none
 * @param journalCapacity how many journal entries are kept; older ones are dropped and counted
 * @param adminToken      when set, every admin call but health needs {@code Authorization: Bearer <adminToken>}
 * @param profile         documented (default) or graph-observed, with its options
 * @param journalFile     when set, every journal entry is also appended to this JSON Lines file
 * @param adminAllowedHosts host names (or IP literals) an admin call may name in {@code Host} besides the loopback
 *                        names and the bound address, or {@code *} for any; empty by default, {@code *} in the image
 * @param state           where scenario progress, windows, the clock and the journal live: null for this JVM (the
 *                        default), or a shared store such as {@code redis://host:6379/0} (needs
 *                        {@code wamock-state-redis} on the class path; the executable jar and the image have it)
 * @param https           an HTTPS listener beside HTTP and the Graph proxy mode, or null (the default) for HTTP only
 * @param webhookUrl      where status and inbound-message webhooks are POSTed, or null (the default) for nowhere
 *                        (docs/webhooks.md; the rest of their settings: {@link WamockServer.Builder#webhooks})
 * @param appSecret       the app secret webhooks are signed with ({@code X-Hub-Signature-256}), or null: unsigned
 * @param verifyToken     the verify token of the verification handshake, or null: none
 * @param messagingLimits WhatsApp's rules on sends (throughput, pair limit, 24-hour window, templates, undeliverable
 *                        recipients), each session on its own scenario clock; null: {@link MessagingLimits#defaults()}
 *                        (docs/messages.md)
 */
public record ServerOptions(String host, int port, Fixtures fixtures, String requiredToken,
                            List<Scenario> scenarios, String startScenario, int journalCapacity, String adminToken,
                            ProfileOptions profile, java.nio.file.Path journalFile, List<String> adminAllowedHosts,
                            java.net.URI state, HttpsOptions https, java.net.URI webhookUrl, String appSecret,
                            String verifyToken, MessagingLimits messagingLimits) {

    /** Journal entries kept by default. */
    public static final int DEFAULT_JOURNAL_CAPACITY = 10_000;

    /**
     * Fills the defaults (no scenarios, the documented profile, no extra admin hosts, Meta's messaging limits) and
     * checks the rest.
     *
     * @throws IllegalArgumentException for a port outside 0..65535, a blank token, a journal capacity below 1, or an
     * admin host name that is not valid
     */
    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(fixtures, "fixtures");
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        profile = profile == null ? ProfileOptions.documented() : profile;
        adminAllowedHosts = adminAllowedHosts == null ? List.of() : AdminHosts.validate(adminAllowedHosts);
        messagingLimits = messagingLimits == null ? MessagingLimits.defaults() : messagingLimits;
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535 but was " + port);
        }
        if (requiredToken != null && requiredToken.isBlank()) {
            throw new IllegalArgumentException("requiredToken must not be blank; leave it null to accept any token");
        }
        if (adminToken != null && adminToken.isBlank()) {
            throw new IllegalArgumentException("adminToken must not be blank; leave it null for an open admin API");
        }
        if (journalCapacity < 1) {
            throw new IllegalArgumentException("journalCapacity must be at least 1 but was " + journalCapacity);
        }
        if (state != null && (state.getScheme() == null || state.getHost() == null)) {
            throw new IllegalArgumentException("state must be a URI like redis://localhost:6379/0 but was '" + state + "'");
        }
        WebhookOptions.none().withTarget(webhookUrl, appSecret, verifyToken); // checks them as WebhookOptions does
    }

    /** Loopback, a free port, the default fixtures, any token, no scenario, 10 000 journal entries, Meta's limits. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 0, Fixtures.defaults(), null, List.of(), null, DEFAULT_JOURNAL_CAPACITY,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** A copy that binds {@code value}. */
    public ServerOptions withHost(String value) {
        return with(d -> d.host = value);
    }

    /** A copy on port {@code value} (0: a free one). */
    public ServerOptions withPort(int value) {
        return with(d -> d.port = value);
    }

    /** A copy that serves these numbers. */
    public ServerOptions withFixtures(Fixtures value) {
        return with(d -> d.fixtures = value);
    }

    /** A copy that accepts only this access token ({@code null}: any non-empty token). */
    public ServerOptions withRequiredToken(String value) {
        return with(d -> d.requiredToken = value);
    }

    /** A copy with these scenarios usable by name next to the built-ins. */
    public ServerOptions withScenarios(List<Scenario> value) {
        return with(d -> d.scenarios = value);
    }

    /** A copy with this scenario active at start and after {@code reset()} ({@code null}: none). */
    public ServerOptions withStartScenario(String value) {
        return with(d -> d.startScenario = value);
    }

    /** A copy whose admin calls but health need {@code Authorization: Bearer <value>} ({@code null}: open). */
    public ServerOptions withAdminToken(String value) {
        return with(d -> d.adminToken = value);
    }

    /** A copy with this profile and its options. */
    public ServerOptions withProfile(ProfileOptions value) {
        return with(d -> d.profile = value);
    }

    /** A copy that also appends every journal entry to this JSON Lines file ({@code null}: none). */
    public ServerOptions withJournalFile(java.nio.file.Path value) {
        return with(d -> d.journalFile = value);
    }

    /** A copy that keeps {@code value} journal entries. */
    public ServerOptions withJournalCapacity(int value) {
        return with(d -> d.journalCapacity = value);
    }

    /** With {@code value} as the host names an admin call may name in {@code Host} ({@code *}: any). */
    public ServerOptions withAdminAllowedHosts(List<String> value) {
        return with(d -> d.adminAllowedHosts = value);
    }

    /** A copy whose state lives in the shared store at {@code value} ({@code null}: in this JVM). */
    public ServerOptions withState(java.net.URI value) {
        return with(d -> d.state = value);
    }

    /** A copy with an HTTPS listener (and the proxy mode) as {@code value} says ({@code null}: HTTP only). */
    public ServerOptions withHttps(HttpsOptions value) {
        return with(d -> d.https = value);
    }

    /** A copy whose webhooks go to {@code value} ({@code null}: nowhere). */
    public ServerOptions withWebhookUrl(java.net.URI value) {
        return with(d -> d.webhookUrl = value);
    }

    /** A copy that signs webhooks with the app secret {@code value} ({@code null}: unsigned). */
    public ServerOptions withAppSecret(String value) {
        return with(d -> d.appSecret = value);
    }

    /** A copy whose verification handshake sends the verify token {@code value} ({@code null}: none). */
    public ServerOptions withVerifyToken(String value) {
        return with(d -> d.verifyToken = value);
    }

    /** A copy whose sends follow these messaging limits ({@code null}: {@link MessagingLimits#defaults()}). */
    public ServerOptions withMessagingLimits(MessagingLimits value) {
        return with(d -> d.messagingLimits = value);
    }

    /** A copy with what {@code change} sets on a draft of this one, checked by the constructor. */
    private ServerOptions with(java.util.function.Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.build();
    }

    /** The components as mutable fields: the one place besides the constructor that lists them all. */
    private static final class Draft {
        String host;
        int port;
        Fixtures fixtures;
        String requiredToken;
        List<Scenario> scenarios;
        String startScenario;
        int journalCapacity;
        String adminToken;
        ProfileOptions profile;
        java.nio.file.Path journalFile;
        List<String> adminAllowedHosts;
        java.net.URI state;
        HttpsOptions https;
        java.net.URI webhookUrl;
        String appSecret;
        String verifyToken;
        MessagingLimits messagingLimits;

        Draft(ServerOptions o) {
            host = o.host;
            port = o.port;
            fixtures = o.fixtures;
            requiredToken = o.requiredToken;
            scenarios = o.scenarios;
            startScenario = o.startScenario;
            journalCapacity = o.journalCapacity;
            adminToken = o.adminToken;
            profile = o.profile;
            journalFile = o.journalFile;
            adminAllowedHosts = o.adminAllowedHosts;
            state = o.state;
            https = o.https;
            webhookUrl = o.webhookUrl;
            appSecret = o.appSecret;
            verifyToken = o.verifyToken;
            messagingLimits = o.messagingLimits;
        }

        ServerOptions build() {
            return new ServerOptions(host, port, fixtures, requiredToken, scenarios, startScenario, journalCapacity,
                    adminToken, profile, journalFile, adminAllowedHosts, state, https, webhookUrl, appSecret, verifyToken,
                    messagingLimits);
        }
    }
}
