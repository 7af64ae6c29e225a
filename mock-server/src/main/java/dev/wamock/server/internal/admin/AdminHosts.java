package dev.wamock.server.internal.admin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host names a request may name in {@code Host} (or an {@code Origin}) to reach the admin API: the
 * loopback names ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}), the address the server is bound
 * to and the one the connection came in on, and the names of {@code --admin-allowed-hosts}; {@code *} there
 * allows any {@code Host} (never any {@code Origin}). A DNS-rebinding page names its own host, so it is
 * refused. No name is ever resolved: only literals and the listed names match.
 */
public final class AdminHosts {
    /** The {@code --admin-allowed-hosts} entry that allows any {@code Host}. */
    public static final String ANY = "*";
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    /** Only these characters: InetAddress would look anything else up in DNS. */
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9a-f:.]+");
    private static final Set<String> WILDCARD_BINDS = Set.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0", "");

    private final boolean any;
    private final Set<String> named = new LinkedHashSet<>();

    /** The names a server bound to {@code boundHost} allows, with the entries {@code allowed} of --admin-allowed-hosts. */
    public AdminHosts(String boundHost, List<String> allowed) {
        this.any = allowed.contains(ANY);
        String bound = normalize(boundHost);
        if (!WILDCARD_BINDS.contains(bound)) {
            named.add(bound);
        }
        allowed.stream().filter(h -> !h.equals(ANY)).forEach(h -> named.add(normalize(h)));
    }

    /**
     * The option's entries checked and normalized (lower case, no brackets): host names or IP literals
     * without scheme or port, or {@code *}.
     *
     * @throws IllegalArgumentException naming the first bad entry, the rule and an example
     */
    public static List<String> validate(List<String> hosts) {
        List<String> valid = new ArrayList<>();
        for (String raw : hosts) {
            String host = raw == null ? "" : raw.strip();
            boolean ipv6 = host.startsWith("[") || host.chars().filter(c -> c == ':').count() > 1;
            if (host.isEmpty() || host.contains("/") || host.chars().anyMatch(Character::isWhitespace)
                    || (!ipv6 && host.contains(":"))) {
                throw new IllegalArgumentException("adminAllowedHosts: '" + raw + "' is not a host name; give names or"
                        + " IP literals without scheme or port, comma-separated (e.g. --admin-allowed-hosts"
                        + " wamock,192.168.1.20), or '*' for any");
            }
            valid.add(host.equals(ANY) ? ANY : normalize(host));
        }
        return List.copyOf(valid);
    }

    /** Whether a request naming {@code host} (as Jetty parsed {@code Host}) that came in on {@code local} may pass. */
    boolean allowsHost(String host, String local) {
        return any || allowsOrigin(host, local);
    }

    /** As {@link #allowsHost} but without {@code *}: the hosts a page may be served from to drive the admin API. */
    public boolean allowsOrigin(String host, String local) {
        String h = normalize(host);
        return isLoopback(h) || named.contains(h) || (local != null && h.equals(normalize(local)));
    }

    /** The rule in words, for error messages. */
    String describe() {
        List<String> all = new ArrayList<>(
                List.of("localhost", "127.0.0.0/8", "[::1]", "the address the connection came in on"));
        named.stream().filter(n -> !isLoopback(n)).forEach(n -> all.add(n.contains(":") ? "[" + n + "]" : n));
        return String.join(", ", all);
    }

    static boolean isLoopback(String host) {
        String h = normalize(host);
        if (h.equals("localhost")) {
            return true;
        }
        Matcher v4 = IPV4_LOOPBACK.matcher(h);
        if (v4.matches()) {
            for (int i = 1; i <= 3; i++) {
                if (Integer.parseInt(v4.group(i)) > 255) {
                    return false;
                }
            }
            return true;
        }
        if (h.contains(":") && IPV6_CHARACTERS.matcher(h).matches()) { // an IPv6 literal: parsed, never looked up
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (UnknownHostException notALiteral) {
                return false;
            }
        }
        return false;
    }

    /** Lower case, without IPv6 brackets or a trailing dot. */
    public static String normalize(String host) {
        if (host == null) {
            return "";
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
