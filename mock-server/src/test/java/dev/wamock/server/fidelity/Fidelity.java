package dev.wamock.server.fidelity;

import com.restfb.DefaultFacebookClient;
import com.restfb.FacebookEndpoints;
import com.restfb.Version;
import dev.wamock.scenarios.BuiltInScenarios;
import dev.wamock.scenarios.Profile;
import dev.wamock.server.ProfileOptions;
import dev.wamock.server.WamockServer;
import dev.wamock.server.testing.Http;
import java.util.List;

/**
 * What the fidelity tests share besides HTTP ({@link Http}): servers per profile, RestFB pointed at a server, the
 * field lists and the magic numbers. {@link Http#NUMBER} has every documented field set: CONNECTED, GREEN,
 * TIER_UNLIMITED, LIVE.
 */
final class Fidelity {
    /** Every documented field, in endpoint.md order. */
    static final List<String> DOCUMENTED_FIELDS = List.of("id", "display_phone_number", "verified_name", "status",
            "quality_rating", "country_code", "country_dial_code", "code_verification_status", "name_status",
            "messaging_limit_tier", "account_mode", "certificate", "is_official_business_account");
    /** The fields production added that RestFB's type maps (real-graph-behaviour.md row 18). */
    static final List<String> OBSERVED_FIELDS = List.of("throughput", "platform_type", "last_onboarded_time");

    private Fidelity() {
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
        return restFb(server, Http.TOKEN, Version.VERSION_23_0);
    }

    /** The magic number of a built-in scenario, e.g. {@code http-429} → 555000000429. */
    static String magic(String builtIn) {
        return BuiltInScenarios.find(builtIn).orElseThrow().magicNumber();
    }

    static String fields(List<String> names) {
        return String.join(",", names);
    }
}
