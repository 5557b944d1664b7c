package dev.onscrypto.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import dev.onscrypto.fuzz.Differential.Result;
import dev.onscrypto.primitives.Primitives;

/**
 * The plain differential run of {@code scripts/fuzz} (no Jazzer, no instrumentation): random valid
 * and invalid inputs through both backends as fast as the machine allows, for a time budget split
 * over the ops (the fast ones get the most, aiming at 10 M comparisons each; time an op leaves unused
 * goes to the ops after it). Prints per-op counts,
 * rates and the first few mismatches, and closes with {@code N passed, N failed}; exit 1 on any
 * mismatch, 3 when the native backend is unavailable.
 *
 * <p>Usage: {@code DifferentialRun SECONDS [THREADS]}
 */
public final class DifferentialRun {
    /** Comparisons each fast op should reach (given the time). */
    static final long FAST_GOAL = 10_000_000L;

    interface Op {
        /** One comparison with inputs from {@code r}; returns a description of a mismatch, or null. */
        String compare(SplittableRandom r, Primitives n, Primitives j);
    }

    record Named(String name, boolean fast, int weight, Op op) {}

    private DifferentialRun() {}

    static byte[] bytes(SplittableRandom r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    /** Usually the right length, sometimes one off. */
    static byte[] sized(SplittableRandom r, int n) {
        int k = r.nextInt(64);
        return bytes(r, k == 0 ? n - 1 : k == 1 ? n + 1 : n);
    }

    static String check(String what, Result n, Result j) {
        return n.sameAs(j) ? null : what + ": native " + n + ", java " + j;
    }

    static List<Named> ops() {
        List<Named> ops = new ArrayList<>();
        ops.add(new Named("blake2b-256 (0-128 B)", true, 4, (r, n, j) -> {
            byte[] m = bytes(r, r.nextInt(129));
            return check("blake2b-256", Result.of(() -> n.blake2b().hash256(m)), Result.of(() -> j.blake2b().hash256(m)));
        }));
        ops.add(new Named("blake2b keyed (any outlen)", true, 2, (r, n, j) -> {
            byte[] m = bytes(r, r.nextInt(65));
            byte[] k = bytes(r, r.nextInt(66));
            int len = r.nextInt(-1, 66);
            return check("blake2b", Result.of(() -> n.blake2b().hash(m, k, len)), Result.of(() -> j.blake2b().hash(m, k, len)));
        }));
        ops.add(new Named("keccak-256 (0-200 B)", true, 4, (r, n, j) -> {
            byte[] m = bytes(r, r.nextInt(201));
            return check("keccak", Result.of(() -> n.keccak256().hash(m)), Result.of(() -> j.keccak256().hash(m)));
        }));
        ops.add(new Named("XSalsa20-Poly1305 seal+open (0-64 B)", true, 4, (r, n, j) -> {
            byte[] m = bytes(r, r.nextInt(65));
            byte[] nonce = sized(r, 24);
            byte[] key = sized(r, 32);
            Result a = Result.of(() -> n.xsalsa20Poly1305().seal(m, nonce, key));
            Result b = Result.of(() -> j.xsalsa20Poly1305().seal(m, nonce, key));
            String bad = check("XSalsa20-Poly1305 seal", a, b);
            if (bad != null || !a.ok()) {
                return bad;
            }
            byte[] box = ((byte[]) a.value()).clone();
            if (r.nextBoolean()) {
                box[r.nextInt(box.length)] ^= (byte) (1 << r.nextInt(8));
            }
            return check("XSalsa20-Poly1305 open", Result.of(() -> n.xsalsa20Poly1305().open(box, nonce, key)),
                    Result.of(() -> j.xsalsa20Poly1305().open(box, nonce, key)));
        }));
        ops.add(new Named("xchacha20-poly1305 seal+open (0-64 B)", true, 4, (r, n, j) -> {
            byte[] m = bytes(r, r.nextInt(65));
            byte[] aad = bytes(r, r.nextInt(17));
            byte[] nonce = sized(r, 24);
            byte[] key = sized(r, 32);
            Result a = Result.of(() -> n.xchacha20Poly1305().seal(m, aad, nonce, key));
            Result b = Result.of(() -> j.xchacha20Poly1305().seal(m, aad, nonce, key));
            String bad = check("xchacha seal", a, b);
            if (bad != null || !a.ok()) {
                return bad;
            }
            byte[] ct = ((byte[]) a.value()).clone();
            if (r.nextBoolean()) {
                ct[r.nextInt(ct.length)] ^= (byte) (1 << r.nextInt(8));
            }
            return check("xchacha open", Result.of(() -> n.xchacha20Poly1305().open(ct, aad, nonce, key)),
                    Result.of(() -> j.xchacha20Poly1305().open(ct, aad, nonce, key)));
        }));
        ops.add(new Named("ed25519 sign+verify", false, 1, (r, n, j) -> {
            byte[] seed = sized(r, 32);
            byte[] m = bytes(r, r.nextInt(65));
            Result a = Result.of(() -> n.ed25519().sign(seed, m));
            Result b = Result.of(() -> j.ed25519().sign(seed, m));
            String bad = check("ed25519 sign", a, b);
            if (bad != null || !a.ok()) {
                return bad;
            }
            byte[] sig = ((byte[]) a.value()).clone();
            byte[] pub = n.ed25519().publicKey(seed);
            if (r.nextBoolean()) {
                sig[r.nextInt(64)] ^= (byte) (1 << r.nextInt(8));
            }
            return check("ed25519 verify", Result.of(() -> n.ed25519().verify(sig, m, pub)),
                    Result.of(() -> j.ed25519().verify(sig, m, pub)));
        }));
        ops.add(new Named("cryptonote check_signature", false, 1, (r, n, j) -> {
            byte[] hash = bytes(r, 32);
            byte[] secret = n.group().reduce(bytes(r, 64));
            byte[] pub = r.nextInt(4) == 0 ? bytes(r, 32) : n.cryptoNote().publicKey(secret);
            byte[] sig = r.nextInt(4) == 0 ? bytes(r, 64) : n.cryptoNote().sign(hash, secret);
            if (r.nextBoolean()) {
                sig[r.nextInt(64)] ^= (byte) (1 << r.nextInt(8));
            }
            return check("check_signature", Result.of(() -> n.cryptoNote().check(hash, pub, sig)),
                    Result.of(() -> j.cryptoNote().check(hash, pub, sig)));
        }));
        ops.add(new Named("group ops", false, 1, (r, n, j) -> {
            byte[] a = bytes(r, 32);
            byte[] b = bytes(r, 32);
            byte[] c = bytes(r, 32);
            byte[] p = r.nextBoolean() ? bytes(r, 32) : n.group().scalarMultBase(n.group().reduce(a));
            String bad = check("isValidPoint", Result.of(() -> n.group().isValidPoint(p)), Result.of(() -> j.group().isValidPoint(p)));
            if (bad == null) {
                bad = check("add", Result.of(() -> n.group().add(p, p)), Result.of(() -> j.group().add(p, p)));
            }
            if (bad == null) {
                bad = check("scalarMultBase", Result.of(() -> n.group().scalarMultBase(a)), Result.of(() -> j.group().scalarMultBase(a)));
            }
            if (bad == null) {
                bad = check("doubleScalarMultBase", Result.of(() -> n.group().doubleScalarMultBase(a, p, b)),
                        Result.of(() -> j.group().doubleScalarMultBase(a, p, b)));
            }
            if (bad == null) {
                bad = check("scalarMulSub", Result.of(() -> n.group().scalarMulSub(a, b, c)), Result.of(() -> j.group().scalarMulSub(a, b, c)));
            }
            return bad;
        }));
        ops.add(new Named("argon2id (8-32 KiB, ops 1-3)", false, 1, (r, n, j) -> {
            byte[] pw = bytes(r, r.nextInt(33));
            byte[] salt = sized(r, 16);
            long ops2 = r.nextInt(0, 4);
            long mem = r.nextInt(16) == 0 ? r.nextLong(0, 8192) : r.nextLong(8192, 32 * 1024);
            int len = r.nextInt(15, 65);
            return check("argon2id", Result.of(() -> n.argon2id().derive(pw, salt, ops2, mem, len)),
                    Result.of(() -> j.argon2id().derive(pw, salt, ops2, mem, len)));
        }));
        return ops;
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Primitives n = Differential.NATIVE;
        Primitives j = Differential.JAVA;
        if (n == null) {
            System.out.println("differential: native backend unavailable (" + Primitives.nativeUnavailableReason() + ")");
            System.exit(3);
        }
        List<Named> ops = ops();
        int totalWeight = ops.stream().mapToInt(Named::weight).sum();
        Map<String, long[]> counts = new LinkedHashMap<>();
        List<String> mismatches = new ArrayList<>();
        long seed = new java.security.SecureRandom().nextLong();
        System.out.printf(Locale.ROOT, "differential run: %.0f s over %d ops, %d threads, seed %d%n", seconds, ops.size(), threads, seed);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        SplittableRandom root = new SplittableRandom(seed);
        // Each op gets its weight's share of the time that is still left, so the time a fast op does not
        // need once it reaches the 10 M goal goes to the ops after it instead of being lost.
        long runEnd = System.nanoTime() + (long) (seconds * 1e9);
        int weightLeft = totalWeight;
        for (Named op : ops) {
            long budgetNanos = Math.max(0, (runEnd - System.nanoTime()) * op.weight() / weightLeft);
            weightLeft -= op.weight();
            AtomicLong passed = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                SplittableRandom r = root.split();
                work.add(pool.submit(() -> {
                    long deadline = start + budgetNanos;
                    while (true) {
                        long done = 0;
                        for (int i = 0; i < 64; i++) {
                            String bad = op.op().compare(r, n, j);
                            if (bad == null) {
                                done++;
                            } else {
                                failed.incrementAndGet();
                                synchronized (mismatches) {
                                    if (mismatches.size() < 20) {
                                        mismatches.add(op.name() + ": " + bad);
                                    }
                                }
                            }
                        }
                        long sofar = passed.addAndGet(done) + failed.get();
                        if (System.nanoTime() > deadline || (op.fast() && sofar >= FAST_GOAL)) {
                            break;
                        }
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            double secs = (System.nanoTime() - start) / 1e9;
            counts.put(op.name(), new long[] {passed.get(), failed.get()});
            long total = passed.get() + failed.get();
            String goal = !op.fast() ? "" : total >= FAST_GOAL ? "  (10 M goal reached)"
                    : String.format(Locale.ROOT, "  (10 M goal needs ~%.0f s at this rate)", FAST_GOAL / (total / secs));
            System.out.printf(Locale.ROOT, "%-40s %,12d comparisons %,10.0f/s  %d failed%s%n", op.name(), total,
                    total / secs, failed.get(), goal);
        }
        pool.shutdown();
        mismatches.forEach(m -> System.out.println("  MISMATCH " + m));
        long passed = counts.values().stream().mapToLong(c -> c[0]).sum();
        long failed = counts.values().stream().mapToLong(c -> c[1]).sum();
        System.out.printf(Locale.ROOT, "%d passed, %d failed%n", passed, failed);
        System.exit(failed == 0 ? 0 : 1);
    }
}
