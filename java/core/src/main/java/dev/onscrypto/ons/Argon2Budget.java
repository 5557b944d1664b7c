package dev.onscrypto.ons;

import java.util.concurrent.Semaphore;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.InvalidSettingException;
import dev.onscrypto.primitives.Primitives;

/**
 * Bounds how much memory legacy record decryptions (Argon2id, 256 MiB each) may hold at once. Each
 * derivation reserves its memory limit before it starts and releases it after, so callers beyond the
 * budget wait in line (fairly) instead of running the heap or the machine out of memory. It is the
 * library's own accounting: it bounds the native backend (off-heap) and the Java backend (heap) alike.
 *
 * <p>The default budget is half the maximum heap, at least one derivation; set it with
 * {@code -Dons.argon2.budget=SIZE} or {@link #ofBytes(long)}. SIZE is a whole number of bytes
 * ({@code 536870912}) or a whole number followed by {@code k}, {@code m} or {@code g} (KiB, MiB, GiB;
 * either case: {@code 512m}, {@code 1g}); the minimum is 8192 bytes ({@code 8k}). Anything else —
 * {@code abc}, {@code 0}, {@code 1k}, {@code -1m}, {@code 512mb} — is an
 * {@link InvalidSettingException} from {@link Ons#get()} and {@link Ons#of(Primitives)} on every
 * call (the setting is read once per JVM). A budget below one derivation (256 MiB for a legacy record)
 * lets derivations run one at a time.
 */
public final class Argon2Budget {
    /** System property that sets the default budget. */
    public static final String PROPERTY = "ons.argon2.budget";
    private static final long MIN_BYTES = 8192;
    private static final long UNIT = 1024; // permits are KiB, so a 2^31-permit semaphore covers 2 TiB

    private final long bytes;
    private final int permits;
    private final Semaphore semaphore;

    private Argon2Budget(long bytes) {
        this.bytes = bytes;
        this.permits = (int) Math.min(Integer.MAX_VALUE, bytes / UNIT);
        this.semaphore = new Semaphore(permits, true);
    }

    /** A budget of {@code bytes} (at least 8 KiB). */
    public static Argon2Budget ofBytes(long bytes) {
        if (bytes < MIN_BYTES) {
            throw new InvalidInputException("Argon2 memory budget must be at least 8192 bytes, got " + bytes);
        }
        return new Argon2Budget(bytes);
    }

    /**
     * The default: {@value #PROPERTY} if set, else half the maximum heap, never below one ONS legacy
     * derivation. Reads the property on each call ({@link Ons} keeps one default per JVM).
     *
     * @throws InvalidSettingException if the property is set to anything but a size of at least 8192 bytes
     */
    public static Argon2Budget defaultBudget() {
        String setting = System.getProperty(PROPERTY);
        if (setting != null && !setting.isBlank()) {
            return new Argon2Budget(parseSetting(setting));
        }
        long half = Runtime.getRuntime().maxMemory() / 2;
        return new Argon2Budget(Math.max(half, dev.onscrypto.primitives.Argon2id.ONS_LEGACY_MEM_LIMIT));
    }

    /** A size as {@value #PROPERTY} takes it (see the class comment). */
    static long parseSetting(String setting) {
        String s = setting.trim();
        long multiplier = 1;
        char last = s.isEmpty() ? ' ' : Character.toLowerCase(s.charAt(s.length() - 1));
        if (last == 'k' || last == 'm' || last == 'g') {
            multiplier = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            s = s.substring(0, s.length() - 1);
        }
        long bytes;
        try {
            // Digits only: Long.parseLong would also take a sign and non-ASCII digits.
            if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new NumberFormatException("not a whole number of bytes, KiB (k), MiB (m) or GiB (g)");
            }
            bytes = Math.multiplyExact(Long.parseLong(s), multiplier);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidSettingException(describe(setting), e);
        }
        if (bytes < MIN_BYTES) {
            throw new InvalidSettingException(describe(setting) + " (it is " + bytes + " bytes)");
        }
        return bytes;
    }

    private static String describe(String setting) {
        return PROPERTY + " must be a size of at least 8192 bytes, such as 536870912, 512m or 1g; got '" + setting + "'";
    }

    /** The budget in bytes. */
    public long bytes() {
        return bytes;
    }

    /** Bytes not reserved right now (for monitoring and tests). */
    public long availableBytes() {
        return semaphore.availablePermits() * UNIT;
    }

    /**
     * Reserves {@code memLimit} bytes (waiting while the budget is used up), returning a handle that
     * releases them. A single derivation larger than the whole budget runs alone.
     */
    Reservation reserve(long memLimit) {
        int needed = (int) Math.max(1, Math.min(permits, (memLimit + UNIT - 1) / UNIT));
        semaphore.acquireUninterruptibly(needed);
        return new Reservation(needed);
    }

    /** Reserved memory; {@link #close()} gives it back. */
    final class Reservation implements AutoCloseable {
        private int held;

        private Reservation(int held) {
            this.held = held;
        }

        @Override
        public void close() {
            if (held > 0) {
                semaphore.release(held);
                held = 0;
            }
        }
    }
}
