package dev.onscrypto.fuzz;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

import dev.onscrypto.OnsCryptoException;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;
import dev.onscrypto.testing.BothBackends;

/**
 * The differential rule: for the same input both backends must return equal values, or both throw the
 * same {@link OnsCryptoException} subclass. Anything else thrown (a {@code RuntimeException} or
 * {@code Error} that is not ours) is a crash and propagates, so Jazzer reports it with the input. The
 * backends come from the shared fixture, {@link BothBackends}.
 */
final class Differential {
    static final Primitives JAVA = Primitives.of(BackendKind.JAVA);
    /**
     * Null when the native backend cannot load here and the build does not require it (then the
     * differential targets only run Java); where it is required, the fixture fails instead.
     */
    static final Primitives NATIVE = BothBackends.nativeIfLoadable().orElse(null);

    private Differential() {}

    /** A value or the type of our exception: what the two backends must agree on. */
    record Result(Object value, Class<? extends OnsCryptoException> thrown) {
        static Result of(Supplier<?> op) {
            try {
                return new Result(op.get(), null);
            } catch (OnsCryptoException e) {
                return new Result(null, e.getClass());
            }
        }

        boolean ok() {
            return thrown == null;
        }

        boolean sameAs(Result other) {
            if (!Objects.equals(thrown, other.thrown)) {
                return false;
            }
            if (value instanceof byte[] a && other.value instanceof byte[] b) {
                return Arrays.equals(a, b);
            }
            return Objects.equals(value, other.value);
        }

        @Override
        public String toString() {
            return thrown != null ? "threw " + thrown.getSimpleName()
                    : value instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : String.valueOf(value);
        }
    }

    /** Runs {@code op} on both backends; throws {@link AssertionError} if they disagree. Returns Java's. */
    static Result same(String what, java.util.function.Function<Primitives, ?> op) {
        Result j = Result.of(() -> op.apply(JAVA));
        if (NATIVE != null) {
            Result n = Result.of(() -> op.apply(NATIVE));
            if (!n.sameAs(j)) {
                throw new AssertionError(what + ": native " + n + " but java " + j);
            }
        }
        return j;
    }
}
