package dev.wamock.junit.internal;

import dev.wamock.client.WamockClient;
import dev.wamock.junit.WamockHandle;
import dev.wamock.scenarios.WamockControl;
import dev.wamock.server.WamockServer;
import java.lang.reflect.Executable;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Where servers live: in the extension store of the test (one per test) or of the class (one per
 * class), keyed by their {@link WamockConfig}. A lookup sees the enclosing contexts too, so a test
 * finds its class's server and a {@code @Nested} class shares its enclosing class's. JUnit closes
 * them with their context ({@link ServerOrSession} is {@link AutoCloseable}). In url mode ({@link RemoteSessions})
 * each is a session of a running server instead, dropped when closed.
 */
public final class ServerLifecycle {
    private static final Namespace NAMESPACE = Namespace.create("dev.wamock.junit");

    private ServerLifecycle() {
    }

    /** Starts the class's server when it should live per class, and fills static fields. */
    public static void beforeAll(ExtensionContext context, Object extension, WamockConfig explicit) {
        claim(context, extension);
        WamockConfig config = WamockConfig.find(context, explicit);
        Class<?> testClass = context.getRequiredTestClass();
        FieldInjection.check(testClass);
        if (config.perClass() || FieldInjection.hasStaticFields(testClass)) {
            ServerOrSession target = computeIfAbsent(store(context), new ServerKey(config), key -> open(context, config),
                    ServerOrSession.class);
            FieldInjection.injectStatic(testClass, WamockHandle.of(target.control()));
        }
    }

    /**
     * The test's server (started now unless the class has one), reset, pointed again at a webhook receiver asked for
     * before, with the test's scenario active.
     */
    public static WamockControl beforeEach(ExtensionContext context, Object extension, WamockConfig explicit) {
        claim(context, extension);
        WamockControl server = serverFor(context, explicit, null);
        server.reset();
        WebhookWiring.reconnect(context, server); // a receiver asked for before the reset (constructor, @BeforeAll)
        ScenarioActivation.apply(context, server);
        return server;
    }

    /** Sets the instance fields of the test instance and of its enclosing instances. */
    public static void injectInstanceFields(ExtensionContext context, WamockHandle handle) {
        RunCache cache = RunCache.of(context);
        context.getRequiredTestInstances().getAllInstances().forEach(i -> FieldInjection.injectInstance(cache, i, handle));
    }

    /**
     * The server (or session) a test or a class-level method sees; {@code executable} names it in errors (null in
     * callbacks).
     */
    public static WamockControl serverFor(ExtensionContext context, WamockConfig explicit, Executable executable) {
        WamockConfig config = WamockConfig.find(context, explicit);
        ServerKey key = new ServerKey(config);
        Store store = store(context);
        ServerOrSession existing = store.get(key, ServerOrSession.class);
        if (existing != null) {
            return existing.control();
        }
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException((executable == null ? "this method" : executable.toString())
                    + " runs once per class, but the wamock server lives per test; to share one server across the class "
                    + "use @WamockTest(lifetime = PER_CLASS), a static @WamockInstance field, or WamockExtension.builder().perClass()");
        }
        if (config.perClass()) {
            throw new ExtensionConfigurationException("WamockExtension.builder().perClass() needs the extension in a "
                    + "static @RegisterExtension field; it is in an instance field of " + context.getRequiredTestClass().getName());
        }
        return computeIfAbsent(store, key, k -> open(context, config), ServerOrSession.class).control();
    }

    /** A server of the test's (or class's) own, or in url mode a fresh session of the running server. */
    private static ServerOrSession open(ExtensionContext context, WamockConfig config) {
        ServerRecipe recipe = recipe(context, config);
        RemoteSessions.Remote remote = RunCache.of(context).get(new RemoteKey(config),
                () -> Optional.ofNullable(RemoteSessions.find(context, config))).orElse(null);
        if (remote == null) {
            if (config.installJvmWide() && config.server().https() == null) {
                throw new ExtensionConfigurationException("installJvmWide = true installs the server's HTTPS trust"
                        + " (and proxy) JVM-wide, but HTTPS is off: add https = true or proxy = true");
            }
            WamockServer server = recipe.start();
            return config.installJvmWide() ? ServerOrSession.ownServer(server, JvmWideTrust.install(server))
                    : ServerOrSession.ownServer(server);
        }
        Store root = context.getRoot().getStore(NAMESPACE);
        return RemoteSessions.open(context, remote, recipe,
                url -> computeIfAbsent(root, new ClientKey(url), k -> RemoteSessions.connect(context, url), WamockClient.class),
                computeIfAbsent(root, SessionIds.class, k -> new SessionIds(), SessionIds.class));
    }

    /**
     * The failure with the journals of the servers the test used attached as suppressed timelines: the
     * extension's own and any {@code WamockControl} in a field (a container), those that got requests.
     */
    public static Throwable withJournal(ExtensionContext context, WamockConfig explicit, Throwable failure) {
        JournalReport.attach(failure, UsedControls.of(context, ownServer(context, explicit)), HtmlReports.of(context));
        return failure;
    }

    /** Fails the test when a server it used journaled a failure of wamock itself. */
    public static void afterEach(ExtensionContext context, WamockConfig explicit) {
        WamockFailureCheck.check(UsedControls.of(context, ownServer(context, explicit)));
    }

    private static WamockControl ownServer(ExtensionContext context, WamockConfig explicit) {
        ServerOrSession target = store(context).get(new ServerKey(WamockConfig.find(context, explicit)),
                ServerOrSession.class);
        return target == null ? null : target.control();
    }

    /** Fails when two WamockExtension instances serve the same tests; they would start two servers. */
    private static void claim(ExtensionContext context, Object extension) {
        Object owner = computeIfAbsent(store(context), Owner.class, k -> new Owner(extension), Owner.class).extension();
        if (owner != extension) {
            throw new ExtensionConfigurationException("WamockExtension is registered twice for "
                    + context.getRequiredTestClass().getName() + " (by @WamockTest and by a @RegisterExtension field, "
                    + "or by two fields); keep one: @WamockTest or WamockExtension.builder()");
        }
    }

    private static ServerRecipe recipe(ExtensionContext context, WamockConfig config) {
        Class<?> anchor = context.getRequiredTestClass();
        return computeIfAbsent(context.getRoot().getStore(NAMESPACE), new RecipeKey(config),
                key -> ServerRecipe.of(config, anchor), ServerRecipe.class);
    }

    /**
     * {@code getOrComputeIfAbsent}: the one method of this kind in both Jupiter 5.14 and 6.x (6.0 added
     * {@code computeIfAbsent} and deprecated this one). It looks in enclosing contexts' stores too.
     */
    @SuppressWarnings("deprecation")
    private static <K, V> V computeIfAbsent(Store store, K key, Function<K, V> create, Class<V> type) {
        return store.getOrComputeIfAbsent(key, create, type);
    }

    private static Store store(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }

    private record ServerKey(WamockConfig config) {
    }

    private record RecipeKey(WamockConfig config) {
    }

    private record RemoteKey(WamockConfig config) {
    }

    private record ClientKey(String url) {
    }

    private record Owner(Object extension) {
    }
}
