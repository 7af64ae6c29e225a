package dev.wamock.server.fidelity;

import com.restfb.DefaultFacebookClient;
import com.restfb.FacebookEndpoints;
import com.restfb.Version;
import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.Profile;
import dev.wamock.server.ProfileOptions;
import dev.wamock.server.WamockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the fidelity tests share: servers per profile, RestFB pointed at a server, plain HTTP. */
final class Wire {
    /** A default fixture with every documented field set: CONNECTED, GREEN, TIER_UNLIMITED, LIVE. */
    static final String NUMBER = "106540352242922";
    static final String TOKEN = "fidelity-token";
    /** Every documented field, in endpoint.md order. */
    static final List<String> DOCUMENTED_FIELDS = List.of("id", "display_phone_number", "verified_name", "status",
            "quality_rating", "country_code", "country_dial_code", "code_verification_status", "name_status",
            "messaging_limit_tier", "account_mode", "certificate", "is_official_business_account");
    /** The fields production added that RestFB's type maps (real-graph-behaviour.md row 18). */
    static final List<String> OBSERVED_FIELDS = List.of("throughput", "platform_type", "last_onboarded_time");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Wire() {
    }

    static WamockServer start(Profile profile) {
        return start(ProfileOptions.of(profile));
    }

    static WamockServer start(ProfileOptions profile) {
        return WamockServer.builder().port(0).profile(profile).start();
    }

    /** RestFB as its users configure it for another host: a custom {@link FacebookEndpoints}. */
    static DefaultFacebookClient restFb(WamockServer server, String token, Version version) {
        DefaultFacebookClient client = token == null ? new DefaultFacebookClient(version)
                : new DefaultFacebookClient(token, version);
        client.setFacebookEndpointUrls(new FacebookEndpoints() {
            @Override
            public String getGraphEndpoint() {
                return server.baseUrl();
            }
        });
        return client;
    }

    static DefaultFacebookClient restFb(WamockServer server) {
        return restFb(server, TOKEN, Version.VERSION_23_0);
    }

    /** The magic number of a built-in scenario, e.g. {@code http-429} → 555000000429. */
    static String magic(String builtIn) {
        return BuiltInScenarios.find(builtIn).orElseThrow().magicNumber();
    }

    static String fields(List<String> names) {
        return String.join(",", names);
    }

    /** A plain GET with the token as a Bearer header (unless {@code token} is null). */
    static Reply get(WamockServer server, String pathAndQuery, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, java.net.http.HttpHeaders headers, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + headers.map() + "\n" + body;
        }
    }
}
