package kz.qoltanba.bridge.runtime;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on {@code <home>/bridge.lock}, held while the bridge runs, so that a second bridge on the
 * same home stops before it touches the first one's files (the framework cache is emptied at start).
 */
final class HomeLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static HomeLock acquire(Path home) throws IOException, HomeInUseException {
        Files.createDirectories(home);
        Path file = home.resolve("bridge.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new HomeInUseException(home);
            }
            return new HomeLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new HomeInUseException(home);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the process is ending or the file is gone; the lock goes with the channel
        }
    }
}
