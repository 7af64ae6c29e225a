package dev.wamock.server.internal.errors;

import dev.wamock.scenarios.engine.state.StateUnavailableException;
import dev.wamock.server.internal.graph.GraphResponses;
import dev.wamock.server.internal.jetty.Exchange;
import dev.wamock.server.internal.jetty.Routes;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exception mapper: how a request whose handling threw is answered, whichever way it came (Javalin's routes or
 * the endpoint's handler ahead of them). A {@link GraphErrorException} is the answer itself (with production's
 * {@code WWW-Authenticate} where the profile sends one); a state store that could not decide is a 503
 * ({@link StateFailures}); a request whose body ended early (a client that hung up, or a broken chunked body) a
 * Graph-shaped 400 unless its answer had begun; a request Jetty refused, a Graph-shaped 4xx; anything
 * else is wamock's own failure ({@link InternalErrors}).
 */
public final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    /**
     * Why a request whose body ended early is answered 400: Jetty reads a chunked body whose framing is broken (a chunk
     * size that is not hex) as one that ended early, as if its client had hung up; a client that did is not there to
     * read the answer, and one that is must not take an empty 200 for a body that was accepted (bug 20).
     */
    static final String CUT_BODY = "the request body ended before it was whole (a broken chunked framing, or a"
            + " Content-Length longer than the body)";

    private Failures() {
    }

    /** Answers {@code x}, whose handling threw {@code e}; {@code errors} are its server's. */
    public static void answer(Exchange x, Exception e, ProfileErrors errors) {
        if (e instanceof GraphErrorException graph) {
            String authenticate = errors.wwwAuthenticate(graph.error());
            if (authenticate != null) {
                x.header("WWW-Authenticate", authenticate);
            }
            GraphResponses.error(x, version(x), graph);
        } else if (e instanceof StateUnavailableException state) {
            StateFailures.answer(x, state);
        } else if (ClientFailures.clientHungUp(e)) {
            LOG.debug("the request body of {} {} ended early", x.method(), x.path(), e);
            if (!x.committed()) { // a client that hung up reads nothing of it; one whose chunks were broken reads a 400
                GraphResponses.error(x, version(x),
                        new GraphErrorException(400, ProfileErrors.protocol(400, CUT_BODY)));
            }
        } else {
            HttpException bad = ClientFailures.badMessage(e);
            if (bad != null) {
                GraphResponses.error(x, version(x),
                        new GraphErrorException(bad.getCode(), ProfileErrors.protocol(bad.getCode(), bad.getReason())));
            } else {
                InternalErrors.answer(x, e);
            }
        }
    }

    private static String version(Exchange x) {
        String v = x.servedVersion();
        return v == null ? GraphResponses.DEFAULT_VERSION : v;
    }
}
