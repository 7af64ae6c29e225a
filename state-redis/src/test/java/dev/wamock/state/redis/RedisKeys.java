package dev.wamock.state.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.Range;
import java.util.stream.Collectors;

/** A plain Redis connection for a test to look at what the store wrote. */
final class RedisKeys implements AutoCloseable {
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    RedisKeys(String uri) {
        client = RedisClient.create(uri);
        connection = client.connect();
    }

    RedisCommands<String, String> redis() {
        return connection.sync();
    }

    /** Every entry of a stream, one per line: {@code id {field=value, …}}. */
    String dump(String stream) {
        return redis().xrange(stream, Range.create("-", "+")).stream()
                .map((StreamMessage<String, String> m) -> m.getId() + " " + m.getBody()).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
