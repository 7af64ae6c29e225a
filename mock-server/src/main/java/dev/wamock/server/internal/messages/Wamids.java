package dev.wamock.server.internal.messages;

import dev.wamock.scenarios.MessagingLimits;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Message IDs as Meta writes them: {@code wamid.} and the standard Base64 of an opaque ID (Meta's carry the
 * recipient's number and a random part, e.g. {@code wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA}).
 * wamock's: a marker byte, the recipient's digits, then a JVM-wide sequence number and 8 random bytes, so no two
 * sends of a JVM share one and IDs of two servers do not collide in practice.
 */
final class Wamids {
    private static final String PREFIX = "wamid.";
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Wamids() {
    }

    /** A fresh message ID for a send to {@code waId}. */
    static String next(String waId) {
        byte[] digits = waId.getBytes(StandardCharsets.US_ASCII);
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        ByteBuffer id = ByteBuffer.allocate(2 + digits.length + 16);
        id.put((byte) 0x1c).put((byte) digits.length).put(digits).putLong(SEQUENCE.incrementAndGet()).put(random);
        return PREFIX + Base64.getEncoder().encodeToString(id.array());
    }

    /** {@code to} as a WhatsApp ID: its digits ({@code +1 555-0101} is {@code 15550101}); itself when it has none. */
    static String waId(String to) {
        String digits = MessagingLimits.digits(to);
        return digits.isEmpty() ? to : digits;
    }
}
