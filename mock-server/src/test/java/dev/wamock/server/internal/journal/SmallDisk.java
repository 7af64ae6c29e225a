package dev.wamock.server.internal.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * A real file on a disk of {@code capacity} bytes: a write takes what fits and then fails with "No
 * space left on device", as a full tmpfs does; {@link #room(long)} frees space. Its truncate and force
 * can be made to fail too.
 */
final class SmallDisk implements LineFile {
    private final LineFile file;
    private volatile long capacity;
    volatile boolean truncateFails;
    volatile boolean forceFails;

    SmallDisk(Path path, long capacity) throws IOException {
        this.file = LineFile.append(path);
        this.capacity = capacity;
    }

    /** The disk now holds {@code capacity} bytes in all. */
    void room(long capacity) {
        this.capacity = capacity;
    }

    @Override
    public int write(ByteBuffer bytes) throws IOException {
        long room = capacity - file.size();
        if (room <= 0) {
            throw new IOException("No space left on device");
        }
        int limit = bytes.limit();
        bytes.limit(bytes.position() + (int) Math.min(room, bytes.remaining()));
        try {
            return file.write(bytes);
        } finally {
            bytes.limit(limit);
        }
    }

    @Override
    public long size() throws IOException {
        return file.size();
    }

    @Override
    public void truncate(long size) throws IOException {
        if (truncateFails) {
            throw new IOException("Input/output error");
        }
        file.truncate(size);
    }

    @Override
    public void force() throws IOException {
        if (forceFails) {
            throw new IOException("Input/output error");
        }
        file.force();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
