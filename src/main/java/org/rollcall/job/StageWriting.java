package org.rollcall.job;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.rollcall.RollcallException;

/**
 * A stage's items written to its file by a thread of their own as the step makes them, so that making the next
 * item (parsing a record) and writing the last (serialising it) take place on both cores instead of one after the
 * other. The file is the one {@link StageFiles#write} writes from the same items in the same order.
 *
 * <p>Use: {@link #add} each item in order, then {@link #finish} (which waits for the file and gives back what was
 * written); {@link #close} without finishing abandons the file (nothing under the stage's name changes).
 *
 * @param <T> the type of the items
 */
final class StageWriting<T> implements AutoCloseable {

    /** Items handed over at a time: one hand-over per item would cost more than the item's writing. */
    private static final int CHUNK = 4096;
    /** Chunks waiting at most: a writer slower than the maker holds the maker back instead of the heap filling. */
    private static final int WAITING = 16;
    private static final Object[] END = new Object[0];
    private static final Object[] ABANDON = new Object[0];

    private final String stage;
    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(WAITING);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rollcall-stage-writer");
        t.setDaemon(true);
        return t;
    });
    private final Future<StageFiles.Written> written;
    private List<Object> chunk = new ArrayList<>(CHUNK);
    private boolean ended;

    /**
     * @param stage the stage's name, for messages
     * @param write writes the items it is given (as {@link StageFiles#write} does) and says what it wrote
     */
    StageWriting(String stage, Function<Iterable<Object>, StageFiles.Written> write) {
        this.stage = stage;
        this.written = writer.submit(() -> write.apply(this::items));
        writer.shutdown();
    }

    /** Hands over the next item. */
    void add(T item) {
        chunk.add(item);
        if (chunk.size() == CHUNK) {
            handOver(chunk.toArray());
            chunk = new ArrayList<>(CHUNK);
        }
    }

    /** Waits until every item added is in the file, and says what was written. */
    StageFiles.Written finish() {
        if (!chunk.isEmpty()) {
            handOver(chunk.toArray());
            chunk = new ArrayList<>();
        }
        handOver(END);
        ended = true;
        return result();
    }

    /** Abandons a writing not finished (its temporary file goes; the stage's file is left as it was). */
    @Override
    public void close() {
        if (!ended) {
            ended = true;
            queue.clear();
            queue.offer(ABANDON);
            try {
                written.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // abandoned on purpose, or already failed: what the step failed of is said by its own exception
            }
        }
    }

    private void handOver(Object[] items) {
        try {
            while (!queue.offer(items, 100, TimeUnit.MILLISECONDS)) {
                if (written.isDone()) {
                    result(); // the writer stopped before the end: says why
                    throw new RollcallException("stage '" + stage + "' stopped being written before its last item");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RollcallException("interrupted while writing stage '" + stage + "'", e);
        }
    }

    private StageFiles.Written result() {
        try {
            return written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RollcallException("interrupted while writing stage '" + stage + "'", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new RollcallException("cannot write stage '" + stage + "': " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The items as the writer thread takes them, waiting for each chunk. */
    private Iterator<Object> items() {
        return new Iterator<>() {
            private Object[] current = new Object[0];
            private int next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (!done && next == current.length) {
                    try {
                        current = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new RollcallException("interrupted while writing stage '" + stage + "'", e);
                    }
                    next = 0;
                    if (current == ABANDON) {
                        throw new RollcallException("stage '" + stage + "' abandoned before its last item");
                    }
                    done = current == END;
                }
                return !done;
            }

            @Override
            public Object next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current[next++];
            }
        };
    }
}
