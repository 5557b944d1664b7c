package dev.onscrypto.benchmarks;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where passing heap arrays in place to a critical downcall stops paying: the measurement behind
 * {@code CallBuffers.CRITICAL_MAX_BYTES}. For each size it times XChaCha20-Poly1305 encryption (the
 * slowest per byte of our variable-length calls, so the longest hold-off for a given size) of a Java
 * array into a Java array two ways, as the native backend would make the call:
 * <ul>
 *   <li><b>in place</b>: both arrays as heap segments to the critical handle;
 *   <li><b>copied</b>: input copied into a fresh confined arena, the ordinary handle, the output copied
 *       back, both native copies zeroed, the arena freed (what {@code CallBuffers.Copied} does);
 * </ul>
 * and, while a worker thread runs each way back to back, how long another thread waits for it to reach
 * a safepoint: {@code worker.getStackTrace()} is a handshake with the worker, which (like the safepoint
 * every GC needs) cannot complete while the worker is inside a critical call (it stays in the Java
 * state), but completes at once while it is inside an ordinary one. Times are wall-clock medians and
 * maxima; run it on a quiet machine:
 *
 * <pre>{@code
 * scripts/bench builds benchmarks/target; then from the repository root:
 * java --enable-native-access=ALL-UNNAMED -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
 *     dev.onscrypto.benchmarks.CriticalCrossover [seconds per size, default 2]
 * }</pre>
 */
public final class CriticalCrossover {
    private static final int[] SIZES = {16 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20};
    private static final MethodHandle CRITICAL;
    private static final MethodHandle PLAIN;

    static {
        FunctionDescriptor d = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS,
                JAVA_LONG, ADDRESS, ADDRESS, ADDRESS);
        CRITICAL = BareDowncalls.critical("crypto_aead_xchacha20poly1305_ietf_encrypt", d);
        PLAIN = BareDowncalls.plain("crypto_aead_xchacha20poly1305_ietf_encrypt", d);
    }

    private CriticalCrossover() {}

    private static final byte[] KEY = Fixtures.bytes(32, 3);
    private static final byte[] NONCE = Fixtures.bytes(24, 4);

    static void inPlace(byte[] m, byte[] c) throws Throwable {
        int rc = (int) CRITICAL.invokeExact(MemorySegment.ofArray(c), MemorySegment.NULL, MemorySegment.ofArray(m),
                (long) m.length, MemorySegment.NULL, 0L, MemorySegment.NULL, MemorySegment.ofArray(NONCE),
                MemorySegment.ofArray(KEY));
        check(rc);
    }

    static void copied(byte[] m, byte[] c) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = arena.allocate(m.length);
            MemorySegment out = arena.allocate(c.length);
            MemorySegment nonce = arena.allocate(NONCE.length);
            MemorySegment key = arena.allocate(KEY.length);
            MemorySegment.copy(m, 0, in, JAVA_BYTE, 0, m.length);
            MemorySegment.copy(NONCE, 0, nonce, JAVA_BYTE, 0, NONCE.length);
            MemorySegment.copy(KEY, 0, key, JAVA_BYTE, 0, KEY.length);
            int rc = (int) PLAIN.invokeExact(out, MemorySegment.NULL, in, (long) m.length, MemorySegment.NULL, 0L,
                    MemorySegment.NULL, nonce, key);
            MemorySegment.copy(out, JAVA_BYTE, 0, c, 0, c.length);
            in.fill((byte) 0);
            out.fill((byte) 0);
            key.fill((byte) 0);
            check(rc);
        }
    }

    /** Plain Java work on the same bytes (a checksum), the control: what any running thread costs a handshake. */
    static void javaBusy(byte[] m, byte[] c) {
        int x = 0;
        for (byte b : m) {
            x = 31 * x + b;
        }
        c[0] = (byte) x;
    }

    private static void check(int rc) {
        if (rc != 0) {
            throw new IllegalStateException("encrypt returned " + rc);
        }
    }

    interface Call {
        void run(byte[] m, byte[] c) throws Throwable;
    }

    public static void main(String[] args) throws Throwable {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        System.out.println("XChaCha20-Poly1305 encrypt of a Java array into a Java array; "
                + seconds + " s per size and way; times in microseconds");
        System.out.println("  size   in place  copied  copy cost | hold-off in place (median / p99 / max)"
                + " | hold-off copied (median / max) | idle (median / max) | plain Java (median / max)");
        for (int size : SIZES) {
            byte[] m = Fixtures.bytes(size, 5);
            byte[] c = new byte[size + 16];
            double[] times = compare(CriticalCrossover::inPlace, CriticalCrossover::copied, m, c, seconds);
            double[] holdInPlace = holdOff(CriticalCrossover::inPlace, m, c, seconds);
            double[] holdCopied = holdOff(CriticalCrossover::copied, m, c, seconds);
            double[] idle = holdOff(null, m, c, seconds / 4);
            double[] busy = holdOff(CriticalCrossover::javaBusy, m, c, seconds / 4);
            System.out.printf(Locale.ROOT, "%5d KiB %9.1f %7.1f %8.0f %% | %8.1f / %6.1f / %6.1f | %8.1f / %6.1f | %6.1f / %6.1f | %6.1f / %6.1f%n",
                    size >> 10, times[0], times[1], 100 * (times[2] - 1),
                    holdInPlace[0], holdInPlace[1], holdInPlace[2], holdCopied[0], holdCopied[2], idle[0], idle[2], busy[0], busy[2]);
        }
    }

    /**
     * Median microseconds per call of each way, and the median of their ratio, over pairs of batches run
     * alternately (one batch of each way, then again), so that both ways see the same load on a busy
     * machine; after a warm-up of a quarter of the time.
     */
    private static double[] compare(Call a, Call b, byte[] m, byte[] c, double seconds) throws Throwable {
        runFor(a, m, c, seconds / 8);
        runFor(b, m, c, seconds / 8);
        int batch = Math.max(1, (1 << 20) / m.length); // about a mebibyte per batch
        double[] ta = new double[100_000];
        double[] tb = new double[ta.length];
        double[] ratio = new double[ta.length];
        int n = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (n < ta.length && System.nanoTime() < end) {
            ta[n] = batchMicros(a, m, c, batch);
            tb[n] = batchMicros(b, m, c, batch);
            ratio[n] = tb[n] / ta[n];
            n++;
        }
        return new double[] {median(ta, n), median(tb, n), median(ratio, n)};
    }

    private static double batchMicros(Call call, byte[] m, byte[] c, int batch) throws Throwable {
        long t0 = System.nanoTime();
        for (int i = 0; i < batch; i++) {
            call.run(m, c);
        }
        return (System.nanoTime() - t0) / (batch * 1e3);
    }

    private static double median(double[] values, int n) {
        double[] got = Arrays.copyOf(values, n);
        Arrays.sort(got);
        return got[n / 2];
    }

    private static void runFor(Call call, byte[] m, byte[] c, double seconds) throws Throwable {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            call.run(m, c);
        }
    }

    /**
     * Median, 99th percentile and maximum microseconds a {@code getStackTrace()} of a worker thread takes
     * while the worker makes {@code call} back to back (or sleeps, for {@code null}).
     */
    private static double[] holdOff(Call call, byte[] m, byte[] c, double seconds) throws Exception {
        byte[] workerOut = c.clone();
        Thread worker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (call == null) {
                        Thread.sleep(1000);
                    } else {
                        call.run(m, workerOut);
                    }
                }
            } catch (InterruptedException e) {
                // done
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }, "crossover-worker");
        worker.setDaemon(true);
        worker.start();
        Thread.sleep(200); // the worker warms up
        double[] waits = new double[100_000];
        int n = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (n < waits.length && System.nanoTime() < end) {
            long t0 = System.nanoTime();
            worker.getStackTrace();
            waits[n++] = (System.nanoTime() - t0) / 1e3;
            Thread.onSpinWait();
        }
        worker.interrupt();
        worker.join();
        double[] got = Arrays.copyOf(waits, n);
        Arrays.sort(got);
        return new double[] {got[n / 2], got[Math.min(n - 1, (int) (n * 0.99))], got[n - 1]};
    }
}
