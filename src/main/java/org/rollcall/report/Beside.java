package org.rollcall.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One report file written on a thread of its own while the caller writes the others: at a million
 * records reconciliation.xlsx (its sheets' XML and their compression) took as long as every other
 * file together, and the machine has a second core. The caller {@link #join}s it before the files
 * are mirrored in latest/; {@link #close} waits for it in any case, so that no file is still being
 * written once the step has ended, failed or not.
 */
public final class Beside implements AutoCloseable {

    /** Writing one file. */
    public interface Writing {
        void run() throws IOException;
    }

    private final FutureTask<Void> task;

    /**
     * Starts writing.
     *
     * @param name the thread's name (the file)
     */
    public Beside(String name, Writing writing) {
        task = new FutureTask<>(() -> {
            writing.run();
            return null;
        });
        Thread thread = new Thread(task, "report-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the file to be written, and throws what writing it threw. */
    public void join() throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a report file to be written");
        } catch (CancellationException e) {
            throw new InterruptedIOException("a report file's writing was cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    /** Waits for the writing to end, whatever its outcome (a failure is reported by {@link #join}). */
    @Override
    public void close() {
        boolean interrupted = false;
        while (true) {
            try {
                task.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | CancellationException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
