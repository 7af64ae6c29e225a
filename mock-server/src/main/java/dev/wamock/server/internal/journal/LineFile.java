package dev.wamock.server.internal.journal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of the journal file as {@link JournalLines} writes them: a {@link FileChannel} opened for
 * appending, or in tests a file that fills up.
 */
interface LineFile extends Closeable {
    /** Like {@link FileChannel#write(ByteBuffer)}: writes some or all of {@code bytes}, or throws. */
    int write(ByteBuffer bytes) throws IOException;

    /** The file's size in bytes. */
    long size() throws IOException;

    /** Cuts the file to {@code size} bytes. */
    void truncate(long size) throws IOException;

    /** Forces what was written to the device. */
    void force() throws IOException;

    /** Opens (creates) {@code path} for appending; forcing is a no-op unless it is a regular file (not /dev/full). */
    static LineFile append(Path path) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        boolean regular = Files.isRegularFile(path);
        return new LineFile() {
            @Override
            public int write(ByteBuffer bytes) throws IOException {
                return channel.write(bytes);
            }

            @Override
            public long size() throws IOException {
                return channel.size();
            }

            @Override
            public void truncate(long size) throws IOException {
                channel.truncate(size);
            }

            @Override
            public void force() throws IOException {
                if (regular) {
                    channel.force(false);
                }
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
