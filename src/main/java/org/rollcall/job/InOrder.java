package org.rollcall.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Independent pieces of a step's work (the sources to read, the halves of the records to parse)
 * done on {@link #THREADS} threads, their results given back in the order of the pieces: what a
 * step makes of them is what it would make of them done one after another. The machines rollcall
 * runs on have two cores or more, and a piece is pure work on its own input.
 */
final class InOrder {

    /** Threads at most: two cores are the smallest machine a nightly run of a million records is made for. */
    static final int THREADS = 2;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private InOrder() {
    }

    /**
     * Does the pieces, at most {@link #THREADS} at a time (the calling thread is one), each thread
     * taking the next piece not yet taken, and gives back their results in the pieces' order. The
     * first failure in the pieces' order is thrown as it was thrown, once every piece taken has ended.
     *
     * @param name the other threads' name (the step)
     */
    static <T> List<T> run(String name, List<Callable<T>> pieces) throws Exception {
        int n = pieces.size();
        Object[] results = new Object[n];
        Throwable[] failures = new Throwable[n];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                try {
                    results[i] = pieces.get(i).call();
                } catch (Exception | Error e) {
                    failures[i] = e;
                    next.set(n); // no piece is started after a failure
                }
            }
        };
        List<Thread> others = new ArrayList<>();
        for (int t = 1; t < Math.min(THREADS, n); t++) {
            Thread thread = new Thread(worker, name + "-" + POOLS.incrementAndGet());
            thread.setDaemon(true);
            thread.start();
            others.add(thread);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread t : others) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Throwable f : failures) {
            if (f instanceof Error e) {
                throw e;
            }
            if (f != null) {
                throw (Exception) f;
            }
        }
        List<T> out = new ArrayList<>(n);
        for (Object r : results) {
            @SuppressWarnings("unchecked")
            T t = (T) r;
            out.add(t);
        }
        return out;
    }
}
