package dev.onscrypto.primitives;

import java.security.SecureRandom;

import dev.onscrypto.BackendUnavailableException;
import dev.onscrypto.InvalidSettingException;
import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/**
 * Entry point: every primitive ONS needs, on one backend. Instances are immutable and thread-safe;
 * obtain one with {@link #get()} (the default backend) or {@link #of(BackendKind)}.
 *
 * <p>The default backend is chosen once per JVM: the system property {@code ons.backend} or the
 * environment variable {@code ONS_BACKEND} ({@code native}, {@code java} or {@code auto}); {@code auto}
 * (the default) takes native when it loads and Java otherwise, and logs one line saying why.
 * Forcing {@code native} where it cannot load is an error, never a silent fallback. Each backend is
 * built and self-tested at most once per JVM; a failure is kept and thrown again, with its cause, on
 * every later call.
 *
 * <pre>{@code
 * Primitives p = Primitives.get();
 * byte[] nameHash = p.blake2b().hash256("jagerman".getBytes(StandardCharsets.US_ASCII));
 * }</pre>
 */
public final class Primitives {
    private final BackendKind kind;
    private final Backend backend;
    private final Blake2b blake2b;
    private final Keccak256 keccak256;
    private final Argon2id argon2id;
    private final XSalsa20Poly1305 xsalsa20Poly1305;
    private final XChaCha20Poly1305 xchacha20Poly1305;
    private final Ed25519 ed25519;
    private final Ed25519Group group;
    private final CryptoNoteSignature cryptoNote;

    Primitives(BackendKind kind, Backend backend) {
        this.kind = kind;
        this.backend = backend;
        this.blake2b = new Blake2b(backend);
        this.keccak256 = new Keccak256(backend);
        this.argon2id = new Argon2id(backend);
        this.xsalsa20Poly1305 = new XSalsa20Poly1305(backend);
        this.xchacha20Poly1305 = new XChaCha20Poly1305(backend);
        this.ed25519 = new Ed25519(backend);
        this.group = new Ed25519Group(backend, keccak256);
        this.cryptoNote = new CryptoNoteSignature(group, new SecureRandom());
    }

    /**
     * The default backend (see the class comment).
     *
     * @throws InvalidSettingException if {@code ons.backend} / {@code ONS_BACKEND} is not auto, native or java
     * @throws BackendUnavailableException if the setting forces a backend that cannot be used here
     */
    public static Primitives get() {
        return BackendSelection.byDefault().get();
    }

    /**
     * The given backend.
     *
     * @throws BackendUnavailableException if it cannot be used here; the message lists every cause
     */
    public static Primitives of(BackendKind kind) {
        Require.nonNull(kind, "backend kind");
        return BackendSelection.of(kind).get();
    }

    /** Whether {@code kind} can be used in this JVM (no exception, no log). */
    public static boolean isAvailable(BackendKind kind) {
        Require.nonNull(kind, "backend kind");
        return BackendSelection.of(kind).available();
    }

    /** Why the native backend cannot be used here, or {@code null} if it can. */
    public static String nativeUnavailableReason() {
        return BackendSelection.of(BackendKind.NATIVE).reason();
    }

    public BackendKind kind() {
        return kind;
    }

    /** Human-readable description, e.g. {@code native (libsodium 1.0.18, onscrypto 1)}. */
    public String description() {
        return backend.description();
    }

    public Blake2b blake2b() {
        return blake2b;
    }

    public Keccak256 keccak256() {
        return keccak256;
    }

    public Argon2id argon2id() {
        return argon2id;
    }

    public XSalsa20Poly1305 xsalsa20Poly1305() {
        return xsalsa20Poly1305;
    }

    public XChaCha20Poly1305 xchacha20Poly1305() {
        return xchacha20Poly1305;
    }

    public Ed25519 ed25519() {
        return ed25519;
    }

    public Ed25519Group group() {
        return group;
    }

    public CryptoNoteSignature cryptoNote() {
        return cryptoNote;
    }

    @Override
    public String toString() {
        return "Primitives[" + description() + "]";
    }
}
