package dev.wamock.scenarios;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a request carried its access token. */
public enum TokenSource {
    /** {@code Authorization: Bearer …}. */
    HEADER("header"),
    /** The {@code access_token} query parameter. */
    QUERY("query");

    private final String wireName;

    TokenSource(String wireName) {
        this.wireName = wireName;
    }

    /** The journal's JSON name: {@code header} or {@code query}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The source of a JSON name. */
    @JsonCreator
    public static TokenSource fromWireName(String name) {
        for (TokenSource s : values()) {
            if (s.wireName.equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown token source '" + name + "'; valid: header, query");
    }

    @Override
    public String toString() {
        return wireName;
    }
}
