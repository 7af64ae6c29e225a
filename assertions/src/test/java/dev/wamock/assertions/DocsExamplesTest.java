package dev.wamock.assertions;

import static dev.wamock.assertions.Messages.text;
import static dev.wamock.assertions.WamockAssertions.assertThat;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.assertions.GraphResponse;
import dev.wamock.assertions.WamockAssertions;
import dev.wamock.assertions.WamockSoftAssertions;
import dev.wamock.scenarios.AccountMode;
import dev.wamock.scenarios.CodeVerificationStatus;
import dev.wamock.scenarios.DocumentedErrors;
import dev.wamock.scenarios.Journal;
import dev.wamock.scenarios.JournalEntry;
import dev.wamock.scenarios.MessagingLimitTier;
import dev.wamock.scenarios.NameStatus;
import dev.wamock.scenarios.NumberStatus;
import dev.wamock.scenarios.Profile;
import dev.wamock.scenarios.QualityRating;
import dev.wamock.scenarios.Sleeper;
import dev.wamock.scenarios.WebhookDelivery;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import dev.wamock.server.testing.ServerFixture;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs every example of docs/assertions.md against a real server, and fails when the page shows a
 * line that is not in this file, or when an assertion is missing from the page.
 */
@ExtendWith(SoftAssertionsExtension.class)
class DocsExamplesTest {
    private static final String ALL_FIELDS = "id,display_phone_number,verified_name,status,quality_rating,country_code,"
            + "country_dial_code,code_verification_status,name_status,messaging_limit_tier,account_mode,certificate,"
            + "is_official_business_account";
    @RegisterExtension
    static final ServerFixture SERVER = ServerFixture.start();
    /** The page's name for the running server. */
    private static WamockServer server;
    private static HttpResponse<String> response;
    private static HttpResponse<String> defaults;
    private static HttpResponse<String> rateLimited;
    private static HttpResponse<String> expired;
    private static String dump;
    private static Journal.Mark mark;

    @InjectSoftAssertions
    private WamockSoftAssertions softly;

    /** The test's own calls, a journal dump of a client using ?access_token=, then the client of the page. */
    @BeforeAll
    static void runTheClientOfThePage() throws InterruptedException {
        server = SERVER.server();
        response = Http.to(server).response("/v23.0/" + Http.NUMBER + "?fields=" + ALL_FIELDS);
        defaults = Http.to(server).response("/v23.0/" + Http.NUMBER);
        rateLimited = Http.to(server).response("/v23.0/" + Http.NUMBER, "X-Wamock-Scenario", "http-429");
        expired = Http.to(server).response("/v23.0/" + Http.NUMBER, "X-Wamock-Scenario", "http-401");
        server.reset();
        Http.to(server).get("/v23.0/" + Requests.NUMBER + "?access_token=fake-token-5678");
        dump = Http.to(server).get("/__wamock/journal").body();
        server.reset();
        server.use("transient-then-ok");
        server.clock().manual();
        fetchWithBackoff(server, Requests.NUMBER);
        mark = server.journal().mark();
        fetchWithBackoff(server, "555000000500");
    }

    /** The client of the page: up to 3 attempts; waits 100 ms, then 200 ms, after a 5xx, through a sleeper. */
    private interface Client {
        void fetch(String number) throws InterruptedException;
    }

    /** Up to 3 attempts; waits 100 ms, then 200 ms, after a 5xx, slept on the server's clock. */
    private static void fetchWithBackoff(WamockServer server, String number) throws InterruptedException {
        Sleeper sleeper = server.clock().sleeper();
        long wait = 100;
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (Http.to(server).graph("/v23.0/" + number + "?fields=id,status").status() < 500) {
                return;
            }
            if (attempt < 3) {
                sleeper.sleep(ofMillis(wait));
                wait *= 2;
            }
        }
    }

    @Test
    void sources() {
        assertThat(response).hasHttpStatus(200);
        assertThat(rateLimited.statusCode(), rateLimited.body()).isGraphError().hasCode(4);
        assertThat(GraphResponse.of(response)).isAccountNumber();
        assertThat(server).hasRequestCount(6);
        assertThat(server.journal()).hasRequestCount(6);
        assertThat(server.journal().entries().get(0)).hasBearerToken();
        Journal journal = WamockAssertions.journalFromJson(dump);
        assertThat(journal).hasRequestCount(1);
        assertThat(server.journal().since(mark)).hasRequestCount(3);
        assertThat(server).requests().first().response().conformsToSchema();
    }

    @Test
    void responses() {
        assertThat(response).conformsToSchema();
        assertThat(response).isAccountNumber();
        assertThat(rateLimited).isGraphError();
        assertThat(response).isAccountNumber().hasId("106540352242922");
        assertThat(response).isAccountNumber().hasStatus(NumberStatus.CONNECTED);
        assertThat(response).isAccountNumber().hasQualityRating(QualityRating.GREEN);
        assertThat(response).isAccountNumber().hasMessagingLimitTier(MessagingLimitTier.TIER_UNLIMITED);
        assertThat(response).isAccountNumber().hasNameStatus(NameStatus.APPROVED);
        assertThat(response).isAccountNumber().hasCodeVerificationStatus(CodeVerificationStatus.VERIFIED);
        assertThat(response).isAccountNumber().hasAccountMode(AccountMode.LIVE);
        assertThat(response).isAccountNumber().hasField("is_official_business_account", true);
        assertThat(defaults).isAccountNumber().hasOnlyFields("id", "display_phone_number", "status");
        assertThat(GraphResponse.of(response).withProfile(Profile.GRAPH_OBSERVED)).conformsToSchema();
    }

    @Test
    void whatTheClientReceived() {
        assertThat(server).requests().first().response().conformsToSchema().isGraphError().hasCode(2);
        assertThat(GraphResponse.of(server.journal().entries().get(2))).isAccountNumber().hasId("106540352242922");
    }

    @Test
    void graphErrors() {
        assertThat(rateLimited).isGraphError().hasCode(4);
        assertThat(rateLimited).isGraphError().hasSubcode(2446079);
        assertThat(rateLimited).isGraphError().hasType("OAuthException");
        assertThat(rateLimited).isGraphError().isTransient();
        assertThat(expired).isGraphError().isNotTransient();
        assertThat(rateLimited).isGraphError().hasFreshTraceId();
        assertThat(rateLimited).isGraphError().matchesDocumented("rate-limited");
        assertThat(expired).isGraphError().matchesDocumented(DocumentedErrors.named("invalid-token"));
    }

    @Test
    void countingAndListingRequests() {
        assertThat(server).hasRequestCount(6);
        assertThat(server).requests().extracting(JournalEntry::status).containsExactly(500, 500, 200, 500, 500, 500);
        assertThat(server).requestsFor("106540352242922").hasSize(3);
        assertThat(server).requestsWithStatus(500).hasSize(5);
        assertThat(server).forNumber("106540352242922").hasRequestCount(3);
    }

    @Test
    void eachRequest() {
        Journal journal = WamockAssertions.journalFromJson(dump);
        assertThat(server).requests().first().hasBearerToken();
        assertThat(journal).requests().first().hasQueryToken();
        assertThat(server).requests().first().usesVersion("v23.0");
        assertThat(server).requests().first().requestsFields("id", "status");
        assertThat(server).requests().first().hasUserAgent();
        assertThat(server).requests().last().isForNumber("555000000500");
        assertThat(server).requests().first().hasHttpStatus(500);
        assertThatThrownBy(() -> assertThat(server).requests().first().answeredByStep("down")).hasMessageContaining("step 0 of transient-then-ok answered it (error 500 code 2 ×2), which has no label");
        assertThat(server).requests().first().wasAnswered();
        assertThat(server).requests().last().response().isGraphError().isTransient();
        assertThat(server).everyRequestHasBearerToken();
        assertThat(journal).everyRequestHasQueryToken();
        assertThat(server).everyRequestUsesVersion("v23.0");
        assertThat(server).everyRequestRequestsFields("id", "status");
        assertThat(server).everyRequestHasUserAgent();
    }

    @Test
    void retries() {
        assertThat(server).retriedOnlyTransientErrors();
        assertThat(server).didNotRetryAfter(401);
        assertThat(server).didNotRetryAfterCode(190);
        assertThat(server).forNumber("555000000500").gaveUpAfter(3);
        assertThat(server).countingTransportRepeats().forNumber("555000000500").gaveUpAfter(3);
        assertThat(server).forNumber("106540352242922").eventuallySucceeded();
        assertThat(server).maxConcurrency(1);
    }

    /** Stress: ±75 % of 100 ms, then 200 ms, is a bound a loaded machine can break by itself. */
    @Test
    @Tag("stress")
    void exponentialTiming() {
        assertThat(server).backoff().isExponential(ofMillis(100), 2.0, 0.75);
    }

    @Test
    void timing() {
        assertThat(server).backoff().isExponential(ofMillis(100), 2.0, 0.75);
        assertThat(server).forNumber("555000000500").backoff().isLinear(ofMillis(100), ofMillis(100), 0.1);
        assertThatThrownBy(() -> assertThat(server).backoff().isConstant(ofMillis(100), 0.5)).hasMessageContaining("Fix: the waits grow exponentially");
        assertThat(server).backoff().withSlack(ofMillis(50)).isExponential(ofMillis(100), 2.0, 0.5);
        assertThat(server).backoff().isAtLeast(ofMillis(50));
        assertThat(server).backoff().honoursRetryAfter();
        assertThat(server).backoff().waitedForRegainAccess();
        assertThat(server).backoff().countingTransportRepeats().isAtLeast(ofMillis(50));
    }

    @Test
    void aLinearBackoffFailsIsExponentialWithTheMessageOfThePage() {
        Journal linear = Requests.journal(Requests.serverError(1, 0), Requests.serverError(2, 252),
                Requests.serverError(3, 754), Requests.ok(4, 1506));
        String expected = text("""

                Expecting the client to back off exponentially: the n-th retry in a row waits 250.0 ms × 2^(n-1) ± 75%, and each wait is 2× the one before (± 25%)
                  (a wait runs from the end of the failed answer to the next request for the number; waits the server set with retry-after or estimated_time_to_regain_access are not counted)
                but these waits did not grow as the rule says:
                  #4 waited 750.0 ms, 1.50× the 500.0 ms #3 waited; expected 2.00× (1.60× to 2.50×)
                Waits found:
                  number 106540352242922 after #1: 250.0 ms, 500.0 ms, 750.0 ms (each to the one before: 2.00×, 1.50×)
                Fix: the waits grow linearly (each about 250.0 ms longer than the one before): if the client means that, assert isLinear(Duration, Duration, double); else make it multiply its wait after each failure
                Journal:
                      +0.0 ms  #1 GET /v23.0/106540352242922 → 500 code 2
                    +252.0 ms  #2 GET /v23.0/106540352242922 → 500 code 2
                    +754.0 ms  #3 GET /v23.0/106540352242922 → 500 code 2
                   +1506.0 ms  #4 GET /v23.0/106540352242922 → 200  ← 1.50× the wait before
                """);
        assertThatThrownBy(() -> assertThat(linear).backoff().isExponential(ofMillis(250), 2.0, 0.75))
                .hasMessage(expected.stripTrailing());
        assertThat(linear).backoff().isLinear(ofMillis(250), ofMillis(250), 0.1);
    }

    @Test
    void fastAndExact() {
        server.clock().manual();
        Sleeper sleeper = server.clock().sleeper();
        Clock clock = server.clock().asJavaClock();
        Assertions.assertThat(sleeper).isNotNull();
        Assertions.assertThat(clock.instant()).isNotNull();
    }

    /** A server of its own: the marks and clearJournal() examples make calls of their own. */
    @Test
    void oneCallAtATime() throws InterruptedException {
        try (WamockServer server = WamockServer.builder().port(0).start()) {
            server.clock().manual();
            Client client = number -> fetchWithBackoff(server, number);
            client.fetch("555000000500");
            Journal.Mark beforeSecondCall = server.journal().mark();
            client.fetch("555000000500");
            assertThat(server.journal().since(beforeSecondCall)).gaveUpAfter(3).backoff().isExponential(ofMillis(100), 2.0, 0.5);
            assertThatThrownBy(() -> assertThat(server).gaveUpAfter(3)).hasMessageContaining("it made 6 attempts");

            server.clearJournal();
            client.fetch("555000000500");
            assertThat(server).gaveUpAfter(3);
        }
    }

    @Test
    void waitingForRequests() {
        Journal journal = server.journal().await(6, ofSeconds(5));
        assertThat(journal).hasRequestCount(6);
    }

    @Test
    void theFailureShownInThePageIsTheRealMessage() {
        Journal retried = Requests.journal(Requests.ok(1, 0), Requests.expiredToken(2, 50), Requests.expiredToken(3, 51));
        String expected = text("""

                Expecting the client to retry only transient errors: 5xx, 429, is_transient: true and connection faults (is_transient: true wins over the status: a 400 with it may be retried); a request answered 400, 401, 403, 404 or 422 without it must not be repeated as is (fix the request, token or permission instead)
                but it repeated:
                  #3 after #2 was answered 401 code 190/463
                Journal:
                      +0.0 ms  #1 GET /v23.0/106540352242922 → 200
                     +50.0 ms  #2 GET /v23.0/106540352242922 → 401 code 190/463
                     +51.0 ms  #3 GET /v23.0/106540352242922 → 401 code 190/463  ← retry of #2
                """);
        assertThatThrownBy(() -> assertThat(retried).retriedOnlyTransientErrors()).hasMessage(expected.stripTrailing());
    }

    @Test
    void softAssertions() {
        WamockSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(response).conformsToSchema().isAccountNumber().hasStatus(NumberStatus.CONNECTED);
            softly.assertThat(server).retriedOnlyTransientErrors().maxConcurrency(1);
        });
        softly.assertThat(response).isAccountNumber().hasQualityRating(QualityRating.GREEN);
    }

    @Test
    void sentMessagesAndWebhooks() {
        Journal journal = Sends.journal(Sends.accepted(1, Sends.helloWorld("16505551234")), Sends.accepted(2, Sends.reply("16505550000")));
        String inboundWamid = Sends.INBOUND;
        String wamid = Sends.SENT;
        List<WebhookDelivery> deliveries = List.of(Sends.status(1, "d1", "sent", 1, 200, 5), Sends.status(2, "d1-copy", "sent", 1, 200, 5),
                Sends.status(3, "d2", "delivered", 1, 200, 5), Sends.status(4, "d3", "read", 1, 200, 5),
                Sends.inbound(5, "m1"), Sends.inbound(6, "m1-copy"));
        assertThat(journal).sentMessages().hasSize(2);
        assertThat(journal).sentMessages().to("16505551234").withTemplate("hello_world").hasSize(1);
        assertThat(journal).sentMessages().ofType("template").containsOnlyRecipients("16505551234");
        assertThat(journal).sentMessages().withText("Your order shipped").isEmpty();
        assertThat(journal).sentMessages().inReplyTo(inboundWamid).isNotEmpty();
        assertThat(journal).sentMessages().first().isTo("16505551234").hasType("template").hasTemplate("hello_world").wasAccepted();
        assertThat(journal).sentMessages().last().hasText("<TEXT_MSG_CONTENT>").isInReplyTo(inboundWamid);
        assertThat(deliveries).allAcknowledgedWithin(ofSeconds(2));
        assertThat(deliveries).duplicatesAcknowledged();
        assertThat(deliveries).statusesOf(wamid).containsExactly("sent", "delivered", "read");
        assertThat(deliveries).handledDuplicatesIdempotently(journal);
        softly.assertThatDeliveries(deliveries).allAcknowledgedWithin(ofSeconds(2));
    }

    @Test
    void theSentMessagesFailureShownInThePageIsTheRealMessage() {
        Journal sends = Sends.journal(Sends.accepted(1, Sends.text("16505551234")), Sends.accepted(2, Sends.helloWorld("+1 650-555-0000")),
                Sends.accepted(3, Sends.readReceipt()), Requests.ok(4, 30).build(), Sends.refused(5, Sends.reply("16505551234")));
        String expected = text("""

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
                     +40.0 ms  #5 POST /v23.0/106540352242922/messages → 400 code 131056
                """);
        assertThatThrownBy(() -> assertThat(sends).sentMessages().to("16505550000").withTemplate("hello_world").hasSize(2))
                .hasMessage(expected.stripTrailing());
    }

    @Test
    void everyCodeLineOfThePageIsInThisTest() throws IOException {
        Set<String> sourceLines = Files.readAllLines(DocsPage.file("src/test/java/dev/wamock/assertions/DocsExamplesTest.java"))
                .stream().map(String::strip).collect(Collectors.toSet());

        List<String> codeLines = DocsPage.codeLines(Files.readAllLines(DocsPage.file(DocsPage.PAGE)));

        Assertions.assertThat(codeLines).as("code lines of docs/assertions.md").hasSizeGreaterThan(60);
        Assertions.assertThat(codeLines).as("code lines of docs/assertions.md missing from DocsExamplesTest")
                .allMatch(sourceLines::contains);
    }

    @Test
    void everyAssertionIsOnThePage() throws IOException {
        String page = Files.readString(DocsPage.file(DocsPage.PAGE));
        List<String> undocumented = Stream.of(AbstractResponseAssert.class, AbstractAccountNumberAssert.class,
                        AbstractGraphErrorAssert.class, AbstractJournalAssert.class, AbstractJournalEntryAssert.class,
                        AbstractBackoffAssert.class, WamockAssertions.class, SentMessagesAssert.class,
                        SentMessageAssert.class, WebhookDeliveriesAssert.class)
                .flatMap(c -> Stream.of(c.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .map(Method::getName)
                .filter(name -> !name.equals("toAssert"))
                .filter(name -> !page.contains("`" + name + "(") && !page.contains("." + name + "("))
                .distinct().toList();

        Assertions.assertThat(undocumented).as("public assertions not on docs/assertions.md").isEmpty();
    }
}
