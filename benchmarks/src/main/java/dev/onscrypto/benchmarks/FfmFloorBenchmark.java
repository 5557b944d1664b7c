package dev.onscrypto.benchmarks;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/**
 * The floor under the native backend: BLAKE2b-256 through a bare FFM downcall handle to the same
 * libonscrypto the C harness links (no wrapper, no argument check, no buffer policy), in the ways our
 * call path can reach C. The gap between these and {@code Blake2bBenchmark} native / native-buf is
 * ours; the gap between these and the C harness is FFM's. The {@code secretboxOpen*} pair does the
 * same for the array API's one remaining gap to C (XSalsa20-Poly1305 open of 64 bytes): what a fresh
 * result array costs a bare call, against the C harness's reused output. Not part of {@code scripts/bench}'s summary
 * (it has no {@code impl}); run it with
 * {@code java --enable-native-access=ALL-UNNAMED -cp "benchmarks/target/classes:benchmarks/target/lib/*"
 * org.openjdk.jmh.Main FfmFloor -prof gc} from the repository root.
 */
public class FfmFloorBenchmark extends ThroughputBase {
    @Param({"32"})
    public int size;

    // Static finals, as in the library's bindings: only a constant handle lets the JIT inline the call.
    private static final MethodHandle CRITICAL;
    private static final MethodHandle PLAIN;
    private static final MethodHandle SECRETBOX_OPEN;
    private static final int BOX_MESSAGE_BYTES = 64;

    static {
        FunctionDescriptor d = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG);
        CRITICAL = BareDowncalls.critical("crypto_generichash", d);
        PLAIN = BareDowncalls.plain("crypto_generichash", d);
        SECRETBOX_OPEN = BareDowncalls.critical("crypto_secretbox_open_easy",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS));
    }

    private byte[] message;
    private byte[] out;
    private MemorySegment nativeIn;
    private MemorySegment nativeOut;
    private byte[] box;
    private byte[] boxOpened;
    private byte[] boxNonce;
    private byte[] boxKey;

    @Setup
    public void setUp() {
        message = Fixtures.bytes(size, 1);
        out = new byte[32];
        nativeIn = Arena.global().allocate(size, 16).copyFrom(MemorySegment.ofArray(message));
        nativeOut = Arena.global().allocate(32, 16);
        // the same key, nonce and message as XSalsa20Poly1305Benchmark and the C harness
        boxKey = Fixtures.bytes(32, 3);
        boxNonce = Fixtures.bytes(24, 4);
        box = Primitives.of(BackendKind.NATIVE).xsalsa20Poly1305().seal(Fixtures.bytes(BOX_MESSAGE_BYTES, 5), boxNonce,
                boxKey);
        boxOpened = new byte[BOX_MESSAGE_BYTES];
    }

    /** Native memory in and out, critical handle: the best FFM can do. */
    @Benchmark
    public int criticalNative() throws Throwable {
        return (int) CRITICAL.invokeExact(nativeOut, 32L, nativeIn, (long) size, MemorySegment.NULL, 0L);
    }

    /** Native memory, ordinary handle: the cost of the thread-state transition. */
    @Benchmark
    public int plainNative() throws Throwable {
        return (int) PLAIN.invokeExact(nativeOut, 32L, nativeIn, (long) size, MemorySegment.NULL, 0L);
    }

    /** Heap arrays in place (both long-lived), critical handle. */
    @Benchmark
    public int criticalHeapReused() throws Throwable {
        return (int) CRITICAL.invokeExact(MemorySegment.ofArray(out), 32L, MemorySegment.ofArray(message), (long) size,
                MemorySegment.NULL, 0L);
    }

    /** A fresh output array per call, in place, critical handle: what the array API does. */
    @Benchmark
    public byte[] criticalHeapFreshOut() throws Throwable {
        byte[] r = new byte[32];
        int rc = (int) CRITICAL.invokeExact(MemorySegment.ofArray(r), 32L, MemorySegment.ofArray(message), (long) size,
                MemorySegment.NULL, 0L);
        return rc == 0 ? r : null;
    }

    /** XSalsa20-Poly1305 open of 64 bytes into one long-lived array, critical handle: the C harness's shape. */
    @Benchmark
    public int secretboxOpenReusedOut() throws Throwable {
        return (int) SECRETBOX_OPEN.invokeExact(MemorySegment.ofArray(boxOpened), MemorySegment.ofArray(box),
                (long) box.length, MemorySegment.ofArray(boxNonce), MemorySegment.ofArray(boxKey));
    }

    /** The same into a fresh array per call: the floor under the array API's {@code open}, which must return one. */
    @Benchmark
    public byte[] secretboxOpenFreshOut() throws Throwable {
        byte[] r = new byte[BOX_MESSAGE_BYTES];
        int rc = (int) SECRETBOX_OPEN.invokeExact(MemorySegment.ofArray(r), MemorySegment.ofArray(box),
                (long) box.length, MemorySegment.ofArray(boxNonce), MemorySegment.ofArray(boxKey));
        return rc == 0 ? r : null;
    }

    /** A fresh output array per call, through native scratch (input copied in, output copied back). */
    @Benchmark
    public byte[] criticalScratchFreshOut() throws Throwable {
        byte[] r = new byte[32];
        MemorySegment.copy(message, 0, nativeIn, JAVA_BYTE, 0, size);
        int rc = (int) CRITICAL.invokeExact(nativeOut, 32L, nativeIn, (long) size, MemorySegment.NULL, 0L);
        MemorySegment.copy(nativeOut, JAVA_BYTE, 0, r, 0, 32);
        return rc == 0 ? r : null;
    }
}
