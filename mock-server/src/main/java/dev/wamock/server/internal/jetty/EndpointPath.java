package dev.wamock.server.internal.jetty;

import dev.wamock.server.internal.state.Sessions;

/**
 * The path of a request the {@link EndpointHandler} serves itself: {@code /{version}/{id}} or
 * {@code /{version}/{id}/phone_numbers}, maybe after a session's {@code /sessions/<id>} base, every segment plain
 * (letters, digits, {@code - . _ ~}; not {@code .} or {@code ..}), the first not the admin API's. Any other path,
 * percent-encoded ones included, is left to the routes, which answer it as before.
 *
 * @param path         the path with the session's base taken off, as the routes see it
 * @param session      the session the base URL names, or null
 * @param version      the first segment
 * @param id           the second segment
 * @param phoneNumbers whether it is the list edge
 */
record EndpointPath(String path, String session, String version, String id, boolean phoneNumbers) {
    private static final String ADMIN = Routes.ADMIN_PREFIX.substring(1);
    private static final String LIST = "/" + Routes.PHONE_NUMBERS;

    /** The endpoint's path {@code raw} is, or null when the routes are to answer it. */
    static EndpointPath parse(String raw) {
        if (raw == null || raw.isEmpty() || raw.charAt(0) != '/') {
            return null;
        }
        String session = null;
        int from = 0;
        if (raw.startsWith(Sessions.PREFIX)) {
            int end = raw.indexOf('/', Sessions.PREFIX.length());
            if (end < 0 || !plain(raw, Sessions.PREFIX.length(), end)) {
                return null;
            }
            session = raw.substring(Sessions.PREFIX.length(), end); // plain: decoding changes nothing
            from = end;
        }
        int second = raw.indexOf('/', from + 1);
        if (second < 0 || !plain(raw, from + 1, second) || raw.startsWith(ADMIN, from + 1)) {
            return null;
        }
        int third = raw.indexOf('/', second + 1);
        int idEnd = third < 0 ? raw.length() : third;
        if (!plain(raw, second + 1, idEnd)) {
            return null;
        }
        boolean list = third >= 0;
        if (list && !(raw.length() - third == LIST.length() && raw.startsWith(LIST, third))) {
            return null;
        }
        String path = from == 0 ? raw : raw.substring(from);
        return new EndpointPath(path, session, raw.substring(from + 1, second), raw.substring(second + 1, idEnd), list);
    }

    /** Whether {@code raw[from, to)} is a plain segment: not empty, not a dot segment, unreserved characters only. */
    private static boolean plain(String raw, int from, int to) {
        if (to <= from || raw.charAt(from) == '.' && (to - from == 1 || to - from == 2 && raw.charAt(from + 1) == '.')) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (!unreserved) {
                return false;
            }
        }
        return true;
    }
}
