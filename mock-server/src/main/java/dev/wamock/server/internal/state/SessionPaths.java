package dev.wamock.server.internal.state;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Takes a session's base URL off a request's path: {@code /sessions/<id>/v23.0/106540352242922} is served, and
 * journaled, as {@code /v23.0/106540352242922} in session {@code <id>}; so a client whose base URL is a session's
 * ({@code WamockControl.baseUrl()} of a session) needs no header.
 */
public final class SessionPaths {
    private SessionPaths() {
    }

    /** {@code req} with the session prefix taken off its path (the ID kept in an attribute), or {@code req} itself. */
    public static ServletRequest strip(ServletRequest req) {
        if (!(req instanceof HttpServletRequest http)) {
            return req;
        }
        String uri = http.getRequestURI();
        if (uri == null || !uri.startsWith(Sessions.PREFIX)) {
            return req;
        }
        int end = uri.indexOf('/', Sessions.PREFIX.length());
        if (end < 0) {
            return req; // /sessions/<id> alone: an unknown path, answered as one
        }
        String id = java.net.URLDecoder.decode(uri.substring(Sessions.PREFIX.length(), end),
                java.nio.charset.StandardCharsets.UTF_8);
        String rest = uri.substring(end);
        req.setAttribute(Sessions.ATTRIBUTE, id);
        return new HttpServletRequestWrapper(http) {
            @Override
            public String getRequestURI() {
                return rest;
            }

            @Override
            public StringBuffer getRequestURL() {
                StringBuffer url = super.getRequestURL();
                int at = url.indexOf(uri);
                return at < 0 ? url : url.replace(at, at + uri.length(), rest);
            }

            @Override
            public String getServletPath() {
                return "";
            }

            @Override
            public String getPathInfo() {
                return rest;
            }
        };
    }
}
