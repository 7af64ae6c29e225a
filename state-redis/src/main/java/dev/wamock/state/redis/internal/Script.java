package dev.wamock.state.redis.internal;

import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A Lua script run by its SHA-1 ({@code EVALSHA}); sent whole ({@code EVAL}, which caches it) when Redis does not
 * know it yet, e.g. after a restart.
 *
 * @param source the Lua text
 * @param output what the script returns
 * @param sha    the SHA-1 of {@code source} in hex
 */
record Script(String source, ScriptOutputType output, String sha) {
    /** A script of this text returning {@code output}. */
    static Script of(ScriptOutputType output, String... lines) {
        String source = String.join("\n", lines);
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            return new Script(source, output, HexFormat.of().formatHex(sha));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-1", e);
        }
    }

    /**
     * Appends changes to a session's log ({@code MAXLEN ~} {@link RedisLink#LOG_CAP}), numbering each (key {@code n},
     * field {@code n}). Sets the epoch ({@code <µs since 1970>:<random>}) when the session has none. Returns the epoch
     * and the changes after the replica's last one up to its last new one, or from the log's start when the
     * replica's epoch is not the session's. A reset then trims the log to itself: a replica that had not read the
     * changes before it needs them no more. KEYS: log, n, epoch. ARGV: random, replica's epoch, its last ID, then per
     * change: kind, field count, field, value, …
     */
    static final Script CHANGE = of(ScriptOutputType.MULTI,
            "local epoch = redis.call('GET', KEYS[3])",
            "if not epoch then",
            "  local t = redis.call('TIME')",
            "  epoch = t[1] .. string.format('%06d', tonumber(t[2])) .. ':' .. ARGV[1]",
            "  redis.call('SET', KEYS[3], epoch)",
            "end",
            "local i, id, reset = 4, nil, nil",
            "while i <= #ARGV do",
            "  local count = tonumber(ARGV[i + 1])",
            "  local args = {'MAXLEN', '~', '" + RedisLink.LOG_CAP + "', '*', 'n', redis.call('INCR', KEYS[2]), 'k', ARGV[i]}",
            "  for j = i + 2, i + 1 + count do args[#args + 1] = ARGV[j] end",
            "  id = redis.call('XADD', KEYS[1], unpack(args))",
            "  if ARGV[i] == 'reset' then reset = id end",
            "  i = i + 2 + count",
            "end",
            "local from = '-'",
            "if ARGV[2] == epoch and ARGV[3] ~= '' then from = '(' .. ARGV[3] end",
            "local entries = redis.call('XRANGE', KEYS[1], from, id)",
            "if reset then redis.call('XTRIM', KEYS[1], 'MINID', reset) end",
            "return {epoch, entries}");

    /**
     * The changes after the replica's last one (from the start when its epoch is not the session's), at most
     * ARGV[4], and the epoch, set as {@link #CHANGE} sets it when the session has none: a session exists from its
     * first use, read or change; with ARGV[5] {@code 0} a session without one is not made: the reply is a nil epoch and
     * no change. KEYS: log, epoch. ARGV: random, replica's epoch, its last ID, count, make (1 or 0).
     */
    static final Script CATCH_UP = of(ScriptOutputType.MULTI,
            "local epoch = redis.call('GET', KEYS[2])",
            "if not epoch then",
            "  if ARGV[5] == '0' then return {false, {}} end",
            "  local t = redis.call('TIME')",
            "  epoch = t[1] .. string.format('%06d', tonumber(t[2])) .. ':' .. ARGV[1]",
            "  redis.call('SET', KEYS[2], epoch)",
            "end",
            "local from = '-'",
            "if ARGV[2] == epoch and ARGV[3] ~= '' then from = '(' .. ARGV[3] end",
            "return {epoch, redis.call('XRANGE', KEYS[1], from, '+', 'COUNT', ARGV[4])}");

    /**
     * Lands journal entries: numbers them ({@code INCRBY total}) and appends each with the ID {@code <seq>-1}, then
     * keeps the last ARGV[1] entries exactly. KEYS: journal, total. ARGV: capacity, entry JSON, … Returns the last seq.
     */
    static final Script JOURNAL_APPEND = of(ScriptOutputType.INTEGER,
            "local last = redis.call('INCRBY', KEYS[2], #ARGV - 1)",
            "local seq = last - (#ARGV - 1)",
            "for i = 2, #ARGV do",
            "  seq = seq + 1",
            "  redis.call('XADD', KEYS[1], seq .. '-1', 'e', ARGV[i])",
            "end",
            "redis.call('XTRIM', KEYS[1], 'MAXLEN', ARGV[1])",
            "return last");

    /** The journal's total and how many entries it keeps, read together. KEYS: journal, total. */
    static final Script JOURNAL_COUNTS = of(ScriptOutputType.MULTI,
            "return {tonumber(redis.call('GET', KEYS[2]) or '0'), redis.call('XLEN', KEYS[1])}");
}
