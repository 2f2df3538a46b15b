package org.rollcall.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.rollcall.RollcallException;

/**
 * One run at a time per job, across processes: an OS file lock on {@code <data dir>/<job>.lock},
 * held for the whole run and released by the OS when the process dies, even by SIGKILL. So a
 * job execution left STARTED while nobody holds its lock belongs to a dead process.
 */
final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another run of the job (in this or another process) holds it. */
    static Optional<RunLock> tryAcquire(Path dataDir, String jobName) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(jobName + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return Optional.empty();
                }
                return Optional.of(new RunLock(channel, lock));
            } catch (OverlappingFileLockException e) {
                channel.close();
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new RollcallException("cannot create the lock file of job '" + jobName + "' in " + dataDir + ": " + e.getMessage()
                    + "; check that the data folder is writable", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock when the channel or the process goes
        }
    }
}
