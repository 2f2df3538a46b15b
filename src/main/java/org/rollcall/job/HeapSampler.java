package org.rollcall.job;

import java.lang.management.ManagementFactory;

/** Samples the used heap every 20 ms in a daemon thread; the maximum seen includes garbage not yet collected. */
final class HeapSampler {
    private volatile boolean running = true;
    private volatile long max;
    private Thread thread;

    static HeapSampler start() {
        System.gc();
        HeapSampler s = new HeapSampler();
        s.thread = new Thread(() -> {
            while (s.running) {
                s.max = Math.max(s.max, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        s.thread.setDaemon(true);
        s.thread.start();
        return s;
    }

    long stop() {
        running = false;
        return Math.max(max, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
}
