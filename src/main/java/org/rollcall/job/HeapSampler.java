package org.rollcall.job;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Samples the used heap every 20 ms in a daemon thread; the maximum seen includes garbage not yet collected, so with a
 * collector that uses what it is allowed it says little more than the maximum heap. It also keeps the largest heap left
 * after any collection ({@link #afterCollections}): closer to what the run holds (the collector's survivors, old
 * garbage a young collection does not reach and softly kept stage copies included).
 */
final class HeapSampler {
    private volatile boolean running = true;
    private volatile long max;
    private volatile long maxAfterGc;
    private Thread thread;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    /** The heap's memory pools by name (a collection reports the others too: metaspace, code cache). */
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    static HeapSampler start() {
        System.gc();
        HeapSampler s = new HeapSampler();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter) {
                NotificationEmitter emitter = (NotificationEmitter) gc;
                emitter.addNotificationListener(s.listener, null, null);
                s.emitters.add(emitter);
            }
        }
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

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        synchronized (this) {
            maxAfterGc = Math.max(maxAfterGc, used);
        }
    }

    long stop() {
        running = false;
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // never added: nothing to remove
            }
        }
        return Math.max(max, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** The largest heap used right after a collection since {@link #start}, in bytes (0 when none ran). */
    long afterCollections() {
        return maxAfterGc;
    }
}
