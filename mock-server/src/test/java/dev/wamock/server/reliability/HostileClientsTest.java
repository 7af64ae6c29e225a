package dev.wamock.server.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients that break the rules — hang up halfway through a request or an answer, trickle their headers or
 * their body — get nothing wrong out of the server: while they run, every request of a normal client gets its
 * whole 200, the journal holds exactly what was received, nothing is logged. How slow the normal client got is
 * judged by the stress suite only ({@link HostileSuiteTest}), which runs these attacks and more.
 */
@Timeout(120)
class HostileClientsTest {
    @Test
    void clientsThatHangUpHalfwayThroughTheirHeadersCostNothing() throws Exception {
        HangUpAttacks.halfHeaders();
    }

    @Test
    void clientsThatHangUpInTheMiddleOfASlowAnswerAreLetGoAtOnceAndJournaledAsHungUp() throws Exception {
        HangUpAttacks.midSlowAnswer();
    }

    @Test
    void fourHundredSlowlorisConnectionsTricklingHeadersDoNotStarveNormalClients() throws Exception {
        TrickleAttacks.slowloris();
    }

    @Test
    void slowBodyClientsDoNotStarveNormalClients() throws Exception {
        TrickleAttacks.slowBodies();
    }
}
