package dev.wamock.server.https;

import static org.assertj.core.api.Assertions.assertThat;

import com.restfb.DefaultFacebookClient;
import com.restfb.DefaultJsonMapper;
import com.restfb.DefaultWebRequestor;
import com.restfb.FacebookEndpoints;
import com.restfb.Version;
import com.restfb.types.whatsapp.WhatsAppBusinessPhoneNumber;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URL;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * RestFB, whose synchronous path is an {@code HttpsURLConnection}, over HTTPS: pointed at the HTTPS listener, and with
 * its default base URL ({@code https://graph.facebook.com}) untouched, through the proxy. Only its web requestor is
 * given the server's trust (and the proxy): the JVM's defaults stay as they are.
 */
@Timeout(60)
class RestFbOverHttpsTest {
    @Test
    void restFbPointedAtTheHttpsListenerReadsTheNumberWithTheServersSslContext() {
        try (WamockServer server = WamockServer.builder().https().start()) {
            DefaultFacebookClient client = restFb(new TrustingRequestor(server.sslContext(), Proxy.NO_PROXY));
            client.setFacebookEndpointUrls(new FacebookEndpoints() {
                @Override
                public String getGraphEndpoint() {
                    return server.httpsBaseUrl();
                }
            });

            assertFixture(client.fetchObject(Http.NUMBER, WhatsAppBusinessPhoneNumber.class));
        }
    }

    @Test
    void restFbWithItsDefaultGraphUrlReachesTheMockThroughTheProxy() {
        try (WamockServer server = WamockServer.builder().proxy().start()) {
            Proxy proxy = new Proxy(Proxy.Type.HTTP, server.proxyAddress());
            DefaultFacebookClient client = restFb(new TrustingRequestor(server.sslContext(), proxy));

            assertThat(client.getFacebookEndpointUrls().getGraphEndpoint()).isEqualTo("https://graph.facebook.com");
            assertFixture(client.fetchObject(Http.NUMBER, WhatsAppBusinessPhoneNumber.class));
            assertThat(server.journal().entries()).singleElement().satisfies(entry -> {
                assertThat(entry.path()).isEqualTo("/v23.0/" + Http.NUMBER);
                assertThat(entry.header("Host")).isEqualTo("graph.facebook.com");
                assertThat(entry.status()).isEqualTo(200);
            }).extracting(JournalEntry::token).isEqualTo("…1234");
        }
    }

    private static DefaultFacebookClient restFb(DefaultWebRequestor requestor) {
        return new DefaultFacebookClient(Http.TOKEN, requestor, new DefaultJsonMapper(), Version.VERSION_23_0);
    }

    private static void assertFixture(WhatsAppBusinessPhoneNumber number) {
        assertThat(number.getId()).isEqualTo(Http.NUMBER);
        assertThat(number.getDisplayPhoneNumber()).isEqualTo("+1 555-010-4821");
        assertThat(number.getStatus()).isEqualTo(WhatsAppBusinessPhoneNumber.Status.CONNECTED);
    }

    /** RestFB's own requestor, with a proxy and a trust of its own: what a user subclasses to do the same. */
    private static final class TrustingRequestor extends DefaultWebRequestor {
        private final SSLContext trust;
        private final Proxy proxy;

        TrustingRequestor(SSLContext trust, Proxy proxy) {
            this.trust = trust;
            this.proxy = proxy;
        }

        @Override
        protected HttpURLConnection openConnection(URL url) throws IOException {
            return (HttpURLConnection) url.openConnection(proxy);
        }

        @Override
        protected void customizeConnection(HttpURLConnection connection) {
            if (connection instanceof HttpsURLConnection https) {
                https.setSSLSocketFactory(trust.getSocketFactory());
            }
        }
    }
}
