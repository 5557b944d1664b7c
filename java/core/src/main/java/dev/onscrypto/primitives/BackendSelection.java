package dev.onscrypto.primitives;

import java.lang.System.Logger.Level;

import dev.onscrypto.BackendUnavailableException;
import dev.onscrypto.InvalidInputException;
import dev.onscrypto.InvalidSettingException;
import dev.onscrypto.OnsCryptoException;
import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.ffm.NativeBackend;
import dev.onscrypto.internal.java.JavaBackend;

/**
 * The one owner of backend selection (as lz4-java's {@code LZ4Factory} holds its instances): one lazy
 * holder per kind, each storing the outcome of building it once per JVM — the self-tested backend, or
 * the exception that stopped it, with its cause. A failure is rethrown on every call, the same type each
 * time, never as an {@code ExceptionInInitializerError}.
 *
 * <p>The default comes from {@code -Dons.backend} or else {@code ONS_BACKEND}: {@code auto} (or unset)
 * takes native when it loads and Java otherwise; {@code native} or {@code java} force one; anything
 * else is an {@link InvalidSettingException}.
 */
final class BackendSelection {
    static final String PROPERTY = "ons.backend";
    static final String ENVIRONMENT = "ONS_BACKEND";
    /** How much of a rejected setting a message repeats: settings come from outside. */
    private static final int MAX_QUOTED = 40;

    private static final System.Logger LOG = System.getLogger("dev.onscrypto");

    private BackendSelection() {}

    /** The outcome for {@code kind}, built on first use. */
    static Outcome of(BackendKind kind) {
        return kind == BackendKind.NATIVE ? NativeHolder.OUTCOME : JavaHolder.OUTCOME;
    }

    /** The outcome for the configured default, chosen on first use. */
    static Outcome byDefault() {
        return DefaultHolder.OUTCOME;
    }

    /** Either the self-tested primitives of one backend, or why there are none. Immutable. */
    static final class Outcome {
        private final Primitives primitives;
        private final OnsCryptoException failure;
        private final String reason;

        private Outcome(Primitives primitives, OnsCryptoException failure, String reason) {
            this.primitives = primitives;
            this.failure = failure;
            this.reason = reason;
        }

        boolean available() {
            return primitives != null;
        }

        /** Why there are no primitives, or {@code null} when available. */
        String reason() {
            return reason;
        }

        /**
         * The primitives, or a fresh exception of the stored failure's type, message and cause (fresh, so
         * each caller's stack trace is its own and nothing is shared between threads).
         */
        Primitives get() {
            if (primitives != null) {
                return primitives;
            }
            OnsCryptoException copy = failure instanceof InvalidSettingException
                    ? new InvalidSettingException(failure.getMessage(), failure.getCause())
                    : new BackendUnavailableException(failure.getMessage(), failure.getCause());
            for (Throwable suppressed : failure.getSuppressed()) {
                copy.addSuppressed(suppressed);
            }
            throw copy;
        }
    }

    private static Outcome build(BackendKind kind) {
        try {
            Backend backend = kind == BackendKind.NATIVE ? NativeBackend.load() : new JavaBackend();
            return new Outcome(new Primitives(kind, SelfTest.verified(backend)), null, null);
        } catch (BackendUnavailableException e) {
            return failed(kind, e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            return failed(kind, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static Outcome failed(BackendKind kind, String why, Throwable e) {
        // Keep the loader's cause chain (its cause and suppressed exceptions), not just its words.
        Throwable cause = e instanceof BackendUnavailableException ? e.getCause() : e;
        BackendUnavailableException failure =
                new BackendUnavailableException(kind.label() + " backend unavailable: " + why, cause);
        if (e instanceof BackendUnavailableException) {
            for (Throwable suppressed : e.getSuppressed()) {
                failure.addSuppressed(suppressed);
            }
        }
        return new Outcome(null, failure, why);
    }

    private static Outcome chooseDefault() {
        String value = System.getProperty(PROPERTY);
        String origin = "system property " + PROPERTY;
        if (value == null || value.isBlank()) {
            value = System.getenv(ENVIRONMENT);
            origin = "environment variable " + ENVIRONMENT;
        }
        BackendKind kind;
        try {
            kind = BackendKind.parseSetting(value);
        } catch (InvalidInputException e) {
            String why = origin + " must be auto, native or java; got " + quoted(value);
            return new Outcome(null, new InvalidSettingException(why, e), why);
        }
        if (kind != null) {
            return of(kind);
        }
        Outcome nativeOutcome = of(BackendKind.NATIVE);
        if (nativeOutcome.available()) {
            LOG.log(Level.DEBUG, "ons-crypto backend: native");
            return nativeOutcome;
        }
        LOG.log(Level.INFO, "ons-crypto backend: java (native unavailable: " + nativeOutcome.reason() + ")");
        return of(BackendKind.JAVA);
    }

    /** {@code value} in quotes, cut short and with control characters shown as '?'. */
    private static String quoted(String value) {
        String shown = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "…" : value;
        StringBuilder b = new StringBuilder("'");
        shown.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.append('\'').toString();
    }

    // One holder per kind: the JVM runs each initializer once, on first use, and publishes it safely.
    private static final class JavaHolder {
        static final Outcome OUTCOME = build(BackendKind.JAVA);
    }

    private static final class NativeHolder {
        static final Outcome OUTCOME = build(BackendKind.NATIVE);
    }

    private static final class DefaultHolder {
        static final Outcome OUTCOME = chooseDefault();
    }
}
