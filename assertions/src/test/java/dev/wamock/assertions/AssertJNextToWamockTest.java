package dev.wamock.assertions;

import static dev.wamock.assertions.WamockAssertions.assertThat;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.WebhookDelivery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both {@code assertThat}s imported, as docs/assertions.md says works: a list of deliveries gets wamock's assert. */
class AssertJNextToWamockTest {
    @Test
    void aListOfDeliveriesGetsTheDeliveriesAssertAndOtherListsAssertJs() {
        List<WebhookDelivery> deliveries = List.of(Sends.status(1, "d1", "sent", 1, 200, 5));
        assertThat(deliveries).allAcknowledgedWithin(ofSeconds(2)).statusesOf(Sends.SENT).containsExactly("sent");
        assertThat(List.of("sent")).containsExactly("sent");
        assertThat(Sends.journal(Sends.accepted(1, Sends.text(Sends.ALICE)))).sentMessages().hasSize(1);
    }
}
