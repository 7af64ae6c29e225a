package dev.wamock.junit.internal;

import dev.wamock.client.WamockClient;
import dev.wamock.junit.WamockTest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Url mode: each test gets a fresh session of a running server instead of a server of its own. The server is named
 * by {@code url} (annotation or builder), else by {@value WamockTest#URL_PROPERTY} (system property or JUnit
 * configuration parameter), else by {@value #URL_ENV}; its admin token, if it has one, by {@value #TOKEN_PROPERTY}
 * or {@value #TOKEN_ENV}. One {@link WamockClient} per server and token serves the whole run.
 */
final class RemoteSessions {
    static final String URL_ENV = "WAMOCK_URL";
    static final String TOKEN_PROPERTY = "wamock.admin-token";
    static final String TOKEN_ENV = "WAMOCK_ADMIN_TOKEN";

    private RemoteSessions() {
    }

    /** A running server, and where its URL was set, for messages. */
    record Remote(String url, String source) {
    }

    /**
     * The server the tests of {@code context} get sessions of, or null for servers of their own: also when only the
     * property or variable names one and the configuration has server options a session cannot carry.
     *
     * @throws ExtensionConfigurationException when {@code url} is set together with such options
     */
    static Remote find(ExtensionContext context, WamockConfig config) {
        List<String> serverOptions = config.serverOptions();
        if (config.url() != null) {
            if (!serverOptions.isEmpty()) {
                throw new ExtensionConfigurationException("url = \"" + config.url() + "\" gives each test of "
                        + context.getRequiredTestClass().getName() + " a session of a server started elsewhere, whose "
                        + "account numbers, token rule and profile are its own, but it also sets "
                        + String.join(", ", serverOptions) + "; start that server with them (--fixtures, --require-token,"
                        + " --profile, --https-port, --proxy) and remove them here, or remove url to give each test a server of its own");
            }
            return new Remote(config.url(), "url = \"" + config.url() + "\"");
        }
        if (!serverOptions.isEmpty()) {
            return null;
        }
        Optional<String> property = setting(context, WamockTest.URL_PROPERTY);
        if (property.isPresent()) {
            return new Remote(property.get(), WamockTest.URL_PROPERTY + "=" + property.get());
        }
        return env(URL_ENV).map(url -> new Remote(url, URL_ENV + "=" + url)).orElse(null);
    }

    /** A fresh session of {@code remote} for the test of {@code context}, dropped when the target is closed. */
    static ServerOrSession open(ExtensionContext context, Remote remote, ServerRecipe recipe,
                       Function<String, WamockClient> clients, SessionIds ids) {
        WamockClient server;
        try {
            server = clients.apply(remote.url());
        } catch (RuntimeException e) {
            throw new ExtensionConfigurationException(remote.source() + " points the tests of "
                    + context.getRequiredTestClass().getName() + " at a running wamock server, but " + e.getMessage(), e);
        }
        String id = ids.next(context);
        return ServerOrSession.session(new SessionWithTestScenarios(server.session(id), recipe.scenarios()),
                () -> server.dropSession(id));
    }

    /** The client of the server at {@code url}, with the admin token of {@code context}'s settings, if any. */
    static WamockClient connect(ExtensionContext context, String url) {
        return WamockClient.connect(url, setting(context, TOKEN_PROPERTY).or(() -> env(TOKEN_ENV)).orElse(null));
    }

    private static Optional<String> setting(ExtensionContext context, String key) {
        return context.getConfigurationParameter(key).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
