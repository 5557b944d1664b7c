package dev.onscrypto.internal.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * A confined arena that overwrites everything it allocated with zeros before freeing it. Native memory
 * handed back to {@code free} keeps its contents, and keys, passwords and plaintexts must not linger
 * there for a later allocation (or a core dump) to find.
 */
final class WipingArena implements Arena {
    private final Arena arena = Arena.ofConfined();
    private final List<MemorySegment> allocated = new ArrayList<>(4);

    @Override
    public MemorySegment allocate(long byteSize, long byteAlignment) {
        MemorySegment segment = arena.allocate(byteSize, byteAlignment);
        allocated.add(segment);
        return segment;
    }

    @Override
    public MemorySegment.Scope scope() {
        return arena.scope();
    }

    @Override
    public void close() {
        try {
            for (MemorySegment segment : allocated) {
                segment.fill((byte) 0);
            }
        } finally {
            arena.close();
        }
    }
}
