package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Which requests a step applies to; every condition given must hold. {@link #ANY} applies to all.
 *
 * @param number  only this WhatsApp account number ID (on {@code GET /{Version}/{WABA-ID}/phone_numbers}: only this
 *                WhatsApp Business Account ID)
 * @param fields  only requests whose {@code fields} name all of these
 * @param version only this Graph version, e.g. {@code v23.0}
 * @param route   which route's requests: {@link #NUMBER_ROUTE} (the phone-number endpoint and its {@code phone_numbers}
 *                list, the default when null) or {@link #MESSAGES_ROUTE} ({@code POST /{Version}/{Phone-Number-ID}/messages});
 *                a step without it never applies to sends
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record When(
        @JsonProperty("number") String number,
        @JsonProperty("fields") List<String> fields,
        @JsonProperty("version") String version,
        @JsonProperty("route") String route) {

    /** The route of the phone-number endpoint and its {@code phone_numbers} list (the default). */
    public static final String NUMBER_ROUTE = "number";
    /** The route of sends, {@code POST /{Version}/{Phone-Number-ID}/messages}. */
    public static final String MESSAGES_ROUTE = "messages";
    /** The routes a step may name. */
    public static final List<String> ROUTES = List.of(NUMBER_ROUTE, MESSAGES_ROUTE);

    /** Applies to every request of the phone-number endpoint (and none of the messages route). */
    public static final When ANY = new When(null, List.of(), null);

    /** Conditions on the phone-number endpoint's requests (no {@code route}). */
    public When(String number, List<String> fields, String version) {
        this(number, fields, version, null);
    }

    /**
     * Checks and copies the fields (none when {@code null}).
     *
     * @throws IllegalArgumentException for a field name the contract does not have, or a route other than
     * {@link #ROUTES}, with a "did you mean" and the valid names
     */
    @JsonCreator
    public When {
        if (route != null && !ROUTES.contains(route)) {
            throw new IllegalArgumentException("when.route names unknown route '" + route + "'"
                    + dev.wamock.scenarios.internal.Suggestions.didYouMean(route, ROUTES) + "; valid routes: " + ROUTES);
        }
        route = NUMBER_ROUTE.equals(route) ? null : route;
        fields = fields == null ? List.of() : List.copyOf(fields);
        for (String f : fields) {
            if (AccountField.fromWireName(f).isEmpty()) {
                throw new IllegalArgumentException("when.fields names unknown field '" + f + "'"
                        + dev.wamock.scenarios.internal.Suggestions.didYouMean(f, AccountField.wireNames())
                        + "; valid fields: " + AccountField.wireNames());
            }
        }
    }

    /** Whether no condition is given, so every request of the phone-number endpoint matches. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isAny() {
        return number == null && version == null && fields.isEmpty() && route == null;
    }

    /** The route the step applies to: {@link #NUMBER_ROUTE} unless {@link #MESSAGES_ROUTE} was named. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String routeOrDefault() {
        return route == null ? NUMBER_ROUTE : route;
    }

    /** A copy that applies to the requests of {@code newRoute} ({@link #ROUTES}). */
    public When onRoute(String newRoute) {
        return new When(number, fields, version, newRoute);
    }
}
