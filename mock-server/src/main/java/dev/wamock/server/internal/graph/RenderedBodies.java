package dev.wamock.server.internal.graph;

import dev.wamock.scenarios.AccountNumber;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 200 bodies a server already rendered, by number, fields and version: a request that no scenario step changes
 * gets the same bytes for the same three, so they are rendered once (JSON rendering was about 7 % of the CPU per
 * request). A number is its fixture instance (fixtures are immutable; a number made per request, as a magic number's,
 * is never found again and only fills the cache, which empties itself past {@value #MAX_BODIES} bodies).
 * The bytes handed out are shared: nothing may write into them.
 */
final class RenderedBodies {
    static final int MAX_BODIES = 1_024;

    private final Map<Key, byte[]> bodies = new ConcurrentHashMap<>();
    private final boolean observed;

    RenderedBodies(boolean observed) {
        this.observed = observed;
    }

    /** The body of {@code number} with {@code fields} in {@code version}, rendered on first use. */
    byte[] of(AccountNumber number, List<String> fields, String version) {
        Key key = new Key(number, fields, version);
        byte[] body = bodies.get(key);
        if (body == null) {
            if (bodies.size() >= MAX_BODIES) {
                bodies.clear();
            }
            body = AccountBody.render(number, fields, observed, version, Map.of());
            bodies.put(key, body);
        }
        return body;
    }

    /** The number by identity (its fixture instance), the fields and version by value. */
    private static final class Key {
        private final AccountNumber number;
        private final List<String> fields;
        private final String version;
        private final int hash;

        Key(AccountNumber number, List<String> fields, String version) {
            this.number = number;
            this.fields = fields;
            this.version = version;
            this.hash = (System.identityHashCode(number) * 31 + fields.hashCode()) * 31 + version.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.number == number && k.fields.equals(fields) && k.version.equals(version);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return Objects.toString(number.id()) + " " + fields + " " + version;
        }
    }
}
