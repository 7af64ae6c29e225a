package dev.wamock.junit;

import dev.wamock.scenarios.Profile;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of the class against its own wamock server, started on a free port on loopback and
 * stopped after the test. Tests get the server through a {@link WamockHandle} (or
 * {@link dev.wamock.scenarios.WamockControl}) parameter, or a field annotated with {@link WamockInstance}.
 *
 * <pre>
 * &#64;WamockTest
 * class NumberClientTest {
 *     &#64;Test
 *     &#64;WamockScenario("transient-then-ok")
 *     void retriesTransientErrors(WamockHandle wamock) { … wamock.baseUrl() … wamock.journal() … }
 * }
 * </pre>
 *
 * <p>Found on the class, its superclasses and, for {@code @Nested} classes, the enclosing classes (the
 * nearest one wins). For configuration in code use {@link WamockExtension#builder()} instead.
 *
 * <p>With {@link #url()}, or the system property / JUnit configuration parameter {@value #URL_PROPERTY} (or the
 * environment variable {@code WAMOCK_URL}), each test gets a fresh session of a wamock server that runs elsewhere
 * instead of a server of its own: its own scenario, counts, clock and journal on the shared server, dropped after
 * the test, so tests can run in parallel against one server.
 *
 * <p>When a test fails, its failure carries the journal of each server it used as a timeline, and the path of that
 * journal as an HTML file with a timeline chart ({@value #REPORTS_DIR_PROPERTY}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(WamockExtension.class)
public @interface WamockTest {

    /**
     * One server per test (the default), or one per class with scenario and journal reset before each
     * test. A static {@link WamockInstance} field also asks for one per class.
     */
    Lifetime lifetime() default Lifetime.PER_TEST;

    /** Classpath resources with scenarios (YAML or JSON), usable by name next to the built-ins. */
    String[] scenarioFiles() default {};

    /** A classpath resource with account numbers (YAML or JSON); {@code mode: extend} adds to the defaults. */
    String fixtures() default "";

    /**
     * A classpath resource with WhatsApp's messaging limits as JSON ({@code {"messagesPerSecond": 3}}; keys left out
     * keep Meta's values, docs/messages.md), the server's rules on sends; empty (the default) keeps Meta's values. In
     * code: {@link WamockExtension.Builder#messagingLimits(dev.wamock.scenarios.MessagingLimits)}.
     */
    String messagingLimits() default "";

    /** The only access token the server accepts; empty accepts any non-empty token. */
    String requireToken() default "";

    /**
     * {@link Profile#DOCUMENTED} (endpoint.md, the default) or {@link Profile#GRAPH_OBSERVED} (what production
     * sends). It took the wire name as a string before ({@code profile = "graph-observed"}); write
     * {@code profile = Profile.GRAPH_OBSERVED} with {@code import dev.wamock.scenarios.Profile}.
     */
    Profile profile() default Profile.DOCUMENTED;

    /**
     * Also an HTTPS listener, with a certificate made at start and signed by a CA of the run: the handle gives
     * {@link WamockHandle#httpsBaseUrl()}, {@link WamockHandle#sslContext()} (trusting that CA only),
     * {@link WamockHandle#caPemFile()} and a ready {@link WamockHandle#httpClient()}. The JVM's trust is left alone.
     */
    boolean https() default false;

    /**
     * Proxy mode (HTTPS on too): the server's HTTP port is a proxy that answers {@code CONNECT graph.facebook.com:443}
     * itself, so client code that hard-codes {@code https://graph.facebook.com} reaches it when given the proxy
     * ({@link WamockHandle#proxyAddress()}) and the trust ({@link WamockHandle#sslContext()});
     * {@link WamockHandle#httpClient()} has both. Any other host gets a 502 and is never contacted.
     */
    boolean proxy() default false;

    /**
     * With {@link #https()} or {@link #proxy()}: for the server's lifetime, make its CA the JVM's default trust
     * ({@code SSLContext.setDefault}, {@code HttpsURLConnection.setDefaultSSLSocketFactory}) and, in proxy mode, its
     * HTTP port the JVM's HTTPS proxy ({@code https.proxyHost}/{@code https.proxyPort}), so code that builds its own
     * {@code HttpClient} or {@code HttpsURLConnection} needs no change; all is restored afterwards. Other HTTPS calls
     * of the JVM then fail (the default trust is wamock's CA alone), and tests running in parallel see each other's
     * settings: use it only for such code, in tests that do not run concurrently.
     */
    boolean installJvmWide() default false;

    /**
     * The base URL of a running wamock server ({@code http://localhost:8080}) to give each test a session of
     * instead of a server of its own; empty (the default) uses {@value #URL_PROPERTY} when set. The server's
     * account numbers, token rule, profile and limits are its own, so {@link #fixtures()}, {@link #requireToken()},
     * {@link #profile()} and {@link #messagingLimits()} cannot be set with it; {@link #scenarioFiles()} can (their
     * scenarios are sent inline).
     */
    String url() default "";

    /**
     * The system property (or JUnit configuration parameter) that points every {@code @WamockTest} without server
     * options of its own at a running server: {@code -Dwamock.url=http://localhost:8080}.
     */
    String URL_PROPERTY = "wamock.url";

    /**
     * The system property (or JUnit configuration parameter) naming the folder where a failing test's HTML timeline
     * goes ({@code Journal.toHtml()} of each server it used); relative to the working directory, by default
     * {@code target/surefire-reports/wamock}; {@code none} writes none.
     */
    String REPORTS_DIR_PROPERTY = "wamock.reports.dir";

    /** How long one server lives. */
    enum Lifetime {
        /** A fresh server for every test (every invocation of a parameterized or repeated test). */
        PER_TEST,
        /**
         * One server for the class and its {@code @Nested} classes; before each test its scenario
         * state and journal are reset. Tests of the class share the server, so do not run them
         * concurrently with each other.
         */
        PER_CLASS
    }
}
