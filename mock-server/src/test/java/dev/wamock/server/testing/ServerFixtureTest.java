package dev.wamock.server.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.server.WamockServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A static fixture serves the whole class, nested classes included; an instance fixture gives each test its own. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerFixtureTest {
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.with(b -> b.requireToken(Http.TOKEN));
    private static final List<Integer> PORTS = new CopyOnWriteArrayList<>();

    @Test
    @Order(1)
    void theClassServerStartsWithTheGivenOptions(WamockServer server, Http http) {
        assertThat(server).isSameAs(SERVER.server());
        assertThat(http.baseUrl()).isEqualTo(server.baseUrl());
        assertThat(http.number().status()).isEqualTo(200);
        assertThat(http.withToken("fake-token-other").number().status()).as("requireToken applied").isEqualTo(401);
        PORTS.add(SERVER.port());
    }

    @Test
    @Order(2)
    void theNextTestOfTheClassMeetsTheSameServer() {
        assertThat(SERVER.port()).isEqualTo(PORTS.get(0));
        assertThat(SERVER.journal(2).entries()).extracting(e -> e.status()).containsExactly(200, 401);
        assertThatThrownBy(SERVER::onlyEntry).hasMessageContaining("expected 1 journal entry but found 2");
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class InANestedClass {
        @RegisterExtension
        final ServerFixture own = ServerFixture.start();

        @Test
        @Order(1)
        void theOuterServerStillRunsAndAnInstanceFixtureGivesAServerOfTheTestsOwn() {
            assertThat(SERVER.port()).isEqualTo(PORTS.get(0));
            assertThat(own.port()).isNotEqualTo(SERVER.port());
            assertThat(own.server().journal().entries()).isEmpty();
            PORTS.add(own.port());
        }

        @Test
        @Order(2)
        void theServerOfTheTestBeforeIsClosedAndThisOneIsFresh() {
            assertThat(RawHttp.listens("http://127.0.0.1:" + PORTS.get(1))).isFalse();
            assertThat(own.port()).isNotEqualTo(PORTS.get(1));
            assertThat(RawHttp.listens(own.baseUrl())).isTrue();
        }
    }

    @Test
    @Order(3)
    void aFixtureAskedOutsideItsTestsSaysHowItIsMeantToBeUsed() {
        assertThatThrownBy(() -> ServerFixture.start().server()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("static @RegisterExtension field").hasMessageContaining("instance field");
    }
}
