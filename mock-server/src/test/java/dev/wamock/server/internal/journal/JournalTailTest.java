package dev.wamock.server.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wamock.scenarios.JournalEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The stream's cursor on the in-memory ring, request by request: tickets taken, entries landed in any order. */
class JournalTailTest {
    private static final AtomicLong CLOCK = new AtomicLong(1);

    private final JournalRecorder journal = new JournalRecorder(100);
    private final List<String> seen = new ArrayList<>();
    private final JournalTail.Listener listener = new JournalTail.Listener() {
        @Override
        public void cleared() {
            seen.add("cleared");
        }

        @Override
        public void dropped(long count) {
            seen.add("dropped " + count);
        }

        @Override
        public void skipped(long count) {
            seen.add("skipped " + count);
        }

        @Override
        public void entry(JournalEntry entry) {
            seen.add("#" + entry.seq() + " " + entry.status());
        }
    };

    private List<String> poll(JournalTail tail) {
        return poll(tail, 1_000);
    }

    private List<String> poll(JournalTail tail, long limit) {
        seen.clear();
        tail.poll(limit, listener);
        return List.copyOf(seen);
    }

    private void land(long ticket, int status) {
        journal.record(ticket, JournalEntry.builder().seq(journal.seqOf(ticket)).receivedNanos(CLOCK.incrementAndGet())
                .method("GET").path("/v23.0/1").status(status).build());
    }

    @Test
    void eachPollHandsOnOnlyWhatLandedSinceTheLast() {
        JournalTail tail = new JournalTail(journal, 0, e -> true);
        land(journal.arrive(), 200);
        land(journal.arrive(), 500);

        assertThat(poll(tail)).containsExactly("#1 200", "#2 500");
        assertThat(poll(tail)).isEmpty();
        land(journal.arrive(), 429);
        assertThat(poll(tail)).containsExactly("#3 429");
    }

    @Test
    void anEntryThatLandsLateIsHandedOnWhenItLandsAndOnlyOnce() {
        JournalTail tail = new JournalTail(journal, 0, e -> true);
        long slow = journal.arrive();
        land(journal.arrive(), 200);

        assertThat(poll(tail)).containsExactly("#2 200");
        land(slow, 504);
        assertThat(poll(tail)).containsExactly("#1 504");
        assertThat(poll(tail)).isEmpty();
    }

    @Test
    void aClearedJournalIsAnnouncedEvenWhenTheNewOneAlreadyHasMoreEntriesThanTheOldOne() {
        JournalTail tail = new JournalTail(journal, 0, e -> true);
        land(journal.arrive(), 200);
        assertThat(poll(tail)).containsExactly("#1 200");

        journal.clear();
        long inFlight = journal.arrive();
        land(journal.arrive(), 500);
        assertThat(poll(tail)).containsExactly("cleared", "#2 500");
        land(inFlight, 429);
        assertThat(poll(tail)).containsExactly("#1 429");
    }

    @Test
    void aClearedJournalWithAsManyEntriesAsBeforeIsAnnouncedToo() {
        JournalTail tail = new JournalTail(journal, 0, e -> true);
        land(journal.arrive(), 200);
        poll(tail);

        journal.clear();
        land(journal.arrive(), 404);

        assertThat(poll(tail)).containsExactly("cleared", "#1 404");
    }

    @Test
    void entriesThatFellOffTheRingBeforeTheyWereSentAreCounted() {
        JournalTail tail = new JournalTail(journal, 0, e -> true);
        for (int i = 0; i < 103; i++) {
            land(journal.arrive(), 200);
        }

        List<String> first = poll(tail);

        assertThat(first.get(0)).isEqualTo("dropped 3");
        assertThat(first.get(1)).isEqualTo("#4 200");
        assertThat(first).hasSize(101);
    }

    @Test
    void theFilterChoosesWhatIsHandedOnButTheCursorPassesEverything() {
        JournalTail tail = new JournalTail(journal, 0, e -> e.status() >= 500);
        land(journal.arrive(), 200);
        land(journal.arrive(), 503);
        land(journal.arrive(), 200);

        assertThat(poll(tail)).containsExactly("#2 503");
        assertThat(poll(tail)).isEmpty();
    }

    @Test
    void aStreamStartingAfterASequenceNumberSkipsWhatCameBefore() {
        land(journal.arrive(), 200);
        land(journal.arrive(), 201);

        assertThat(poll(new JournalTail(journal, 1, e -> true))).containsExactly("#2 201");
    }

    @Test
    void pastTheMostHolesItWaitsForTheOldestAreGivenUpAndCounted() {
        JournalRecorder big = new JournalRecorder(10_000);
        JournalTail tail = new JournalTail(big, 0, e -> true);
        for (int i = 0; i < JournalTail.MAX_HOLES + 5; i++) {
            big.arrive(); // never land
        }
        long last = big.arrive();
        big.record(last, JournalEntry.builder().seq(big.seqOf(last)).receivedNanos(1).method("GET").path("/").status(200)
                .build());

        assertThat(poll(tail, 2 * JournalTail.MAX_HOLES)).containsExactly("#" + (JournalTail.MAX_HOLES + 6) + " 200",
                "dropped 5");
    }

    @Test
    void moreEntriesThanOnePollSendsAreSkippedToTheNewestAndCounted() {
        JournalTail tail = new JournalTail(journal, 0, e -> true);
        for (int i = 0; i < 7; i++) {
            land(journal.arrive(), 200);
        }

        assertThat(poll(tail, 3)).containsExactly("skipped 4", "#5 200", "#6 200", "#7 200");
        land(journal.arrive(), 500);
        assertThat(poll(tail, 3)).containsExactly("#8 500");
    }

    @Test
    void aSlowEntryBehindTheSkipIsCountedOnceAndNotSentLater() {
        JournalTail tail = new JournalTail(journal, 0, e -> true);
        long slow = journal.arrive();
        land(journal.arrive(), 200);
        assertThat(poll(tail, 3)).containsExactly("#2 200");
        for (int i = 0; i < 5; i++) {
            land(journal.arrive(), 200);
        }

        assertThat(poll(tail, 3)).containsExactly("skipped 3", "#5 200", "#6 200", "#7 200");
        land(slow, 503);
        assertThat(poll(tail, 3)).isEmpty();
    }
}
