package dev.wamock.scenarios.internal;

import dev.wamock.scenarios.InvalidFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a user's scenario or fixtures file as UTF-8 text, refusing before any parsing what could hang
 * or exhaust the server: anything but a regular file (a FIFO, a device such as {@code /dev/zero}, a
 * directory; symbolic links are followed to what they name), more than {@link #MAX_BYTES} (at most
 * that many bytes plus one are ever read), and bytes that are not UTF-8. Every refusal is an
 * {@link InvalidFileException} {@code cannot read <file>: <reason>}. Internal.
 */
public final class BoundedText {
    /** The largest file read: 4 MiB, far above any real scenario or fixtures file. */
    public static final int MAX_BYTES = 4 << 20;

    private BoundedText() {
    }

    /** The file's text; {@code file} is named in errors as given. */
    public static String read(Path file) {
        String name = file.toString();
        Path real;
        BasicFileAttributes attributes;
        try {
            real = file.toRealPath();
            attributes = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (IOException e) {
            throw InvalidFileException.unreadable(name, reason(e));
        }
        if (!attributes.isRegularFile()) {
            throw InvalidFileException.unreadable(name, "not a regular file" + (real.equals(file) ? "" : " (" + real + ")")
                    + "; name a YAML or JSON file");
        }
        if (attributes.size() > MAX_BYTES) {
            throw tooLarge(name, attributes.size() + " bytes");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(real)) {
            bytes = in.readNBytes(MAX_BYTES + 1); // the size above may have changed since, or be a lie
        } catch (IOException e) {
            throw InvalidFileException.unreadable(name, reason(e));
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, "more than " + MAX_BYTES + " bytes");
        }
        return utf8(name, bytes);
    }

    private static InvalidFileException tooLarge(String name, String size) {
        return InvalidFileException.unreadable(name, "larger than 4 MiB (" + size
                + "); a scenario or fixtures file must be at most " + MAX_BYTES + " bytes");
    }

    /** Strict UTF-8: the first malformed byte sequence is named by its offset (counted from 0). */
    private static String utf8(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw InvalidFileException.unreadable(name, "invalid UTF-8 at byte " + in.position()
                    + " (counted from 0); save the file as UTF-8");
        }
        return out.flip().toString();
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
