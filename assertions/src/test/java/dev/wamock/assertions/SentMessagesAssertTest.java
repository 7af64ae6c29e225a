package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.Sends.ALICE;
import static dev.wamock.assertions.Sends.BOB;
import static dev.wamock.assertions.Sends.INBOUND;
import static dev.wamock.assertions.Sends.accepted;
import static dev.wamock.assertions.Sends.refused;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.Journal;
import org.junit.jupiter.api.Test;

/** {@code assertThat(journal).sentMessages()}: the sends found in a journal, their filters and checks. */
class SentMessagesAssertTest {
    private final Journal journal = Sends.journal(
            accepted(1, Sends.text(ALICE)),
            accepted(2, Sends.helloWorld("+1 650-555-0000")),
            accepted(3, Sends.readReceipt()),
            Requests.ok(4, 30).build(),
            refused(5, Sends.reply(ALICE)));

    @Test
    void sendsAreThePostsToTheMessagesRouteWithARecipientAndReadReceiptsAreNot() {
        assertThat(journal).sentMessages().hasSize(3).containsOnlyRecipients(ALICE, BOB)
                .extracting(SentMessage::type).containsExactly("text", "template", "text");
    }

    @Test
    void filtersNarrowByRecipientTypeTemplateTextAndReply() {
        assertThat(journal).sentMessages().to(ALICE).ofType("text").withText("text-message-content").hasSize(1);
        assertThat(journal).sentMessages().to(BOB).withTemplate("hello_world").hasSize(1);
        assertThat(journal).sentMessages().inReplyTo(INBOUND).hasSize(1);
        assertThat(journal).sentMessages().withTemplate("order_shipped").isEmpty();
        assertThat(journal).sentMessages().ofType("template").isNotEmpty();
    }

    @Test
    void aMessageIsCheckedOneByOneWithItsAnsweredId() {
        assertThat(journal).sentMessages().first().isTo(ALICE).hasType("text").hasText("text-message-content")
                .wasAccepted();
        assertThat(journal).sentMessages().element(1).isTo(BOB).hasTemplate("hello_world");
        assertThat(journal).sentMessages().last().isInReplyTo(INBOUND);
        org.assertj.core.api.Assertions.assertThat(SentMessage.in(journal)).extracting(SentMessage::wamid)
                .containsExactly("wamid.1", "wamid.2", null);
    }

    @Test
    void aWrongCountSaysTheRuleWhatWasFoundTheFixAndPrintsTheJournal() {
        assertThatThrownBy(() -> assertThat(journal).sentMessages().to(BOB).withTemplate("hello_world").hasSize(2))
                .hasMessage(text("""

                        Expecting the client to have sent exactly 2 messages to 16505550000 with template hello_world
                        but it sent 1 message to 16505550000 with template hello_world
                        Fix: check what the client's code sends and to whom (the messages below), or the expectation.
                        Messages sent (3 in all):
                          #1 text to 16505551234 → wamid.1
                          #2 template hello_world to +1 650-555-0000 → wamid.2
                          #5 text to 16505551234 → 400 code 131056
                        Journal:
                              +0.0 ms  #1 POST /v23.0/106540352242922/messages → 200
                             +10.0 ms  #2 POST /v23.0/106540352242922/messages → 200  ← sent template to +1 650-555-0000
                             +20.0 ms  #3 POST /v23.0/106540352242922/messages → 200
                             +20.0 ms  #4 GET /v23.0/106540352242922 → 200
                             +40.0 ms  #5 POST /v23.0/106540352242922/messages → 400 code 131056"""));
    }

    @Test
    void anUnexpectedMessageFailsIsEmptyAndStrangersFailContainsOnlyRecipients() {
        assertThatThrownBy(() -> assertThat(journal).sentMessages().ofType("template").isEmpty())
                .hasMessageContaining("Expecting the client to have sent no messages of type template")
                .hasMessageContaining("but it sent 1 message of type template");
        assertThatThrownBy(() -> assertThat(journal).sentMessages().containsOnlyRecipients(ALICE, "16505559999"))
                .hasMessageContaining(text("""
                        Expecting the client to have sent messages to only these recipients, each at least once: \
                        16505551234, 16505559999
                        but none went to 16505559999 and some went to +1 650-555-0000"""));
        assertThatThrownBy(() -> assertThat(journal).sentMessages().withText("hi").isNotEmpty())
                .hasMessageContaining("but it sent none");
    }

    @Test
    void oneWrongMessageIsPrintedWithItsBody() {
        assertThatThrownBy(() -> assertThat(journal).sentMessages().first().hasTemplate("hello_world"))
                .hasMessageContaining(text("""
                        Expecting message:
                          #1 text to 16505551234 → wamid.1
                        to use template hello_world
                        but it was a text message
                        Body:
                          {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","""))
                .hasMessageContaining("#1 POST /v23.0/106540352242922/messages → 200  ← this message");
        assertThatThrownBy(() -> assertThat(journal).sentMessages().last().wasAccepted())
                .hasMessageContaining("to be accepted with a message ID\nbut it was answered 400 code 131056"
                        .replace("\n", System.lineSeparator()));
        assertThatThrownBy(() -> assertThat(journal).sentMessages().first().isInReplyTo(INBOUND))
                .hasMessageContaining("but it replied to nothing (no context.message_id)");
    }

    @Test
    void aJournalWithoutSendsPointsAtTheRouteOrAtTheMissingBodies() {
        assertThatThrownBy(() -> assertThat(Requests.journal(Requests.ok(1, 0))).sentMessages().hasSize(1))
                .hasMessageContaining("Fix: no POST /{Version}/{Phone-Number-ID}/messages with a JSON body and a \"to\"")
                .hasMessageContaining(text("Messages sent (0 in all):\n  (none)"));
        Journal bodiless = Sends.journal(accepted(1, Sends.text(ALICE)).toBuilder().requestBody(null).build());
        assertThatThrownBy(() -> assertThat(bodiless).sentMessages().hasSize(1))
                .hasMessageContaining("the journal has POST …/messages requests without bodies");
    }

    @Test
    void softAssertionsCollectEveryFailedSendCheck() {
        WamockSoftAssertions softly = new WamockSoftAssertions();
        softly.assertThat(journal).sentMessages().to(ALICE).hasSize(5);
        softly.assertThat(journal).sentMessages().first().hasText("bye");
        softly.assertThat(journal).sentMessages().withTemplate("hello_world").hasSize(1);
        org.assertj.core.api.Assertions.assertThat(softly.assertionErrorsCollected()).hasSize(2);
    }
}
