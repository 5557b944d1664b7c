package dev.onscrypto.internal;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;

import dev.onscrypto.BackendUnavailableException;
import dev.onscrypto.internal.ffm.NativeBackend;
import dev.onscrypto.internal.java.JavaBackend;
import dev.onscrypto.primitives.BackendKind;

/**
 * Builds each backend at most once per JVM, self-tests it before handing it out, and decides the
 * default from {@code -Dons.backend} / {@code ONS_BACKEND} ({@code auto}, {@code native}, {@code java}).
 */
public final class BackendSelector {
    /** System property naming the default backend. */
    public static final String PROPERTY = "ons.backend";
    /** Environment variable naming the default backend; the property wins. */
    public static final String ENVIRONMENT = "ONS_BACKEND";

    private static final System.Logger LOG = System.getLogger("dev.onscrypto");

    private BackendSelector() {}

    /** The pure-Java backend, self-tested. */
    public static Backend javaBackend() {
        return SelfTest.verified(new JavaBackend());
    }

    /** The native backend if it loads and passes its self-test. */
    public static Optional<Backend> nativeBackend() {
        return Optional.ofNullable(NativeAttempt.BACKEND);
    }

    /** Why the native backend is not available, or {@code null} if it is. */
    public static String nativeFailure() {
        return NativeAttempt.FAILURE;
    }

    /** The default backend kind, logging one line when {@code auto} had to choose Java. */
    public static BackendKind defaultKind() {
        String setting = System.getProperty(PROPERTY);
        String source = "-D" + PROPERTY;
        if (setting == null || setting.isBlank()) {
            setting = System.getenv(ENVIRONMENT);
            source = ENVIRONMENT;
        }
        if (setting == null || setting.isBlank() || setting.trim().equalsIgnoreCase("auto")) {
            if (nativeBackend().isPresent()) {
                LOG.log(Level.DEBUG, "ons-crypto backend: native");
                return BackendKind.NATIVE;
            }
            LOG.log(Level.INFO, "ons-crypto backend: java (native unavailable: " + nativeFailure() + ")");
            return BackendKind.JAVA;
        }
        switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "native": return BackendKind.NATIVE;
            case "java": return BackendKind.JAVA;
            default:
                throw new BackendUnavailableException(source + " must be auto, native or java; got '" + setting + "'");
        }
    }

    private static final class NativeAttempt {
        static final Backend BACKEND;
        static final String FAILURE;

        static {
            Backend backend = null;
            String failure = null;
            try {
                backend = SelfTest.verified(NativeBackend.load());
            } catch (BackendUnavailableException e) {
                failure = e.getMessage();
            } catch (RuntimeException | LinkageError e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            BACKEND = backend;
            FAILURE = failure;
        }
    }
}
