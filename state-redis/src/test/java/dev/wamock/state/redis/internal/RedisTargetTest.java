package dev.wamock.state.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wamock.scenarios.engine.state.StateStoreFactory;
import dev.wamock.state.redis.RedisStateStoreFactory;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The store URI: every part read, a bad one named, the password never shown. */
class RedisTargetTest {
    @Test
    void everyPartIsRead() {
        assertThat(RedisTarget.parse(URI.create("redis://:fake-secret@cache.local:6380/3")))
                .isEqualTo(new RedisTarget(false, "cache.local", 6380, null, "fake-secret", 3));
        assertThat(RedisTarget.parse(URI.create("rediss://app:fake-secret@[::1]:7000")))
                .isEqualTo(new RedisTarget(true, "::1", 7000, "app", "fake-secret", 0));
        assertThat(RedisTarget.parse(URI.create("redis://redis"))).isEqualTo(new RedisTarget(false, "redis", 6379, null, null, 0));
    }

    @Test
    void theDescriptionHasNoPassword() {
        assertThat(RedisTarget.parse(URI.create("redis://:fake-secret@cache.local:6380/3")).describe())
                .isEqualTo("redis://cache.local:6380/3");
        assertThat(RedisTarget.parse(URI.create("rediss://app:fake-secret@[::1]:7000")).describe())
                .isEqualTo("rediss://app@[::1]:7000/0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://localhost:6379     | scheme",
        "redis:///0                | host",
        "redis://bad_host:6379     | host",
        "redis://localhost:6379/x  | database",
        "redis://localhost:6379/0/1| database",
        "redis://localhost/0?db=1  | query",
        "redis://user@localhost    | password"})
    void aBadPartIsNamedWithTheForm(String uri, String part) {
        assertThatThrownBy(() -> RedisTarget.parse(URI.create(uri))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the state store URI's " + part).hasMessageContaining("redis://127.0.0.1:6379/0");
    }

    @Test
    void aBadUriFailsBeforeAnyConnectionAndWithoutThePassword() {
        assertThatThrownBy(() -> new RedisStateStoreFactory().open(URI.create("redis://:fake-secret@bad_host:1"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host")
                .hasMessageNotContaining("fake-secret");
    }

    @Test
    void theServiceLoaderFindsTheFactoryForRedisAndRedissUris() {
        assertThat(StateStoreFactory.forUri(URI.create("redis://localhost:6379"))).isInstanceOf(RedisStateStoreFactory.class);
        assertThat(StateStoreFactory.forUri(URI.create("rediss://localhost:6379"))).isInstanceOf(RedisStateStoreFactory.class);
        assertThat(new RedisStateStoreFactory().accepts(URI.create("memcached://localhost"))).isFalse();
    }
}
