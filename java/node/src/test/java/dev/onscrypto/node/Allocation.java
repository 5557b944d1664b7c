package dev.onscrypto.node;

import java.lang.management.ManagementFactory;

/** Bytes allocated on the heap by every thread so far (HotSpot's allocation counters). */
final class Allocation {
    private Allocation() {
    }

    static long total() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }
}
