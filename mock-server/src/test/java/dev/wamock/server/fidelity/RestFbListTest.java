package dev.wamock.server.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import com.restfb.Connection;
import com.restfb.DefaultFacebookClient;
import com.restfb.Parameter;
import com.restfb.types.whatsapp.WhatsAppBusinessPhoneNumber;
import dev.wamock.server.WamockServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RestFB reads the list edge as a {@link Connection}: typed numbers, cursors, {@code hasNext()} and the next page's
 * URL, in both profiles. RestFB rewrites an {@code http://} next URL to {@code https://}
 * ({@code Connection.fixProtocol}), so over plain HTTP its iterator cannot follow {@code next}; a client pages with
 * the {@code after} cursor instead, which is what this test does.
 */
class RestFbListTest extends BothProfiles {
    private static final String WABA = "104996122399160";

    @Test
    void restFbPagesThroughAnAccountWithTheAfterCursorInBothProfiles() {
        for (WamockServer server : List.of(documented(), observed())) {
            DefaultFacebookClient client = Fidelity.restFb(server);
            List<String> ids = new ArrayList<>();
            Connection<WhatsAppBusinessPhoneNumber> page = client.fetchConnection(WABA + "/phone_numbers",
                    WhatsAppBusinessPhoneNumber.class, Parameter.with("limit", 2));

            assertThat(page.getData()).hasSize(2);
            assertThat(page.getData().get(0).getDisplayPhoneNumber()).isEqualTo("+1 555-010-4821");
            assertThat(page.hasNext()).isTrue();
            assertThat(page.getNextPageUrl()).as("RestFB's rewrite of our http:// URL")
                    .startsWith("https://" + server.baseUrl().substring("http://".length()) + "/v23.0/" + WABA
                            + "/phone_numbers?").contains("limit=2").endsWith("&after=" + page.getAfterCursor());
            page.getData().forEach(n -> ids.add(n.getId()));
            while (page.hasNext()) {
                page = client.fetchConnection(WABA + "/phone_numbers", WhatsAppBusinessPhoneNumber.class,
                        Parameter.with("limit", 2), Parameter.with("after", page.getAfterCursor()));
                page.getData().forEach(n -> ids.add(n.getId()));
            }

            assertThat(ids).containsExactly("106540352242922", "113269274970227", "141029384756120");
            assertThat(page.hasPrevious()).isTrue();
            assertThat(page.getBeforeCursor()).isNotBlank();
        }
    }
}
