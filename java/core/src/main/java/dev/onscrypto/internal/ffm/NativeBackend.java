package dev.onscrypto.internal.ffm;

import static java.lang.foreign.MemorySegment.NULL;
import static java.lang.foreign.MemorySegment.ofArray;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;

import dev.onscrypto.BackendUnavailableException;
import dev.onscrypto.InsufficientMemoryException;
import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.loader.NativeAccess;
import dev.onscrypto.internal.loader.NativeLibraryLoader;
import dev.onscrypto.internal.loader.OnsLibrary;
import dev.onscrypto.internal.loader.SodiumLibrary;
import dev.onscrypto.internal.HashState;

/**
 * The native backend: libsodium for what it has, our own C ({@code native/}) for Keccak and the ed25519
 * group arithmetic with oxen-core's rules, both through FFM downcalls. Obtain it with {@link #load()}.
 *
 * <p>Arguments are trusted to be well-formed (the public API checks them); the cryptographic verdicts
 * come back as {@code null} / {@code false}, never as exceptions. An exception from here means a
 * broken precondition or an exhausted resource, not a bad tag or signature.
 *
 * <p>Thread-safe: the libraries are stateless after {@code sodium_init}, and so is this class.
 */
public final class NativeBackend implements Backend {
    private static final int ED25519_PUBLIC_KEY_BYTES = 32;
    private static final int ED25519_SECRET_KEY_BYTES = 64; // libsodium's seed || public key
    private static final int ED25519_SIGNATURE_BYTES = 64;
    private static final int POINT_BYTES = 32;
    private static final int SCALAR_BYTES = 32;
    private static final int ENOMEM = 12;              // Linux errno

    private final String description;
    private final String locations;

    private NativeBackend(String description, String locations) {
        this.description = description;
        this.locations = locations;
    }

    /**
     * Loads both libraries and binds their functions. Called once per JVM, by the backend selection in
     * {@code dev.onscrypto.primitives}, which keeps the outcome (this backend or the exception).
     *
     * <p>Requires native access for this module ({@code --enable-native-access=dev.onscrypto.core} on the
     * module path, {@code ALL-UNNAMED} on the class path), checked before anything else so the JVM prints
     * no warning of its own. Library locations can be overridden with {@code -Dons.sodium.path} /
     * {@code ONS_SODIUM_PATH} and {@code -Dons.native.path} / {@code ONS_NATIVE_PATH}.
     *
     * @throws BackendUnavailableException if it cannot be used here; the message gives every cause
     *         (the missing flag, or for each library every place tried and why it failed)
     */
    public static synchronized NativeBackend load() {
        NativeAccess.require();
        // Both libraries are attempted even if the first fails, so one message reports everything.
        NativeLibraryLoader.Loaded sodium = null;
        NativeLibraryLoader.Loaded ons = null;
        BackendUnavailableException failure = null;
        // Ours first: it may carry libsodium linked in, which is then preferred over any system copy.
        try {
            ons = OnsLibrary.load(OnsFunction.symbols());
        } catch (BackendUnavailableException e) {
            failure = e;
        }
        try {
            sodium = SodiumLibrary.load(SodiumFunction.symbols(), ons);
        } catch (BackendUnavailableException e) {
            failure = failure == null ? e : combine(e, failure);
        }
        if (failure != null) {
            throw failure;
        }
        try {
            Sodium.bind();
            OnsNative.bind();
        } catch (LinkageError | RuntimeException e) {
            throw new BackendUnavailableException("binding the native functions failed: " + e, e);
        }
        return new NativeBackend(
                "native (libsodium " + sodium.version() + ", " + ons.version() + ")",
                "libsodium: " + sodium.location() + ", libonscrypto: " + ons.location());
    }

    private static BackendUnavailableException combine(BackendUnavailableException first,
            BackendUnavailableException second) {
        BackendUnavailableException both = new BackendUnavailableException(
                first.getMessage() + "; " + second.getMessage(), first.getCause());
        both.addSuppressed(second);
        return both;
    }

    @Override
    public String description() {
        return description;
    }

    /** Where the two libraries were loaded from, for diagnostics (e.g. a {@code --verbose} line). */
    public String locations() {
        return locations;
    }

    // ---- hashing -------------------------------------------------------------------------------

    @Override
    public void blake2b(MemorySegment in, byte[] key, MemorySegment out) {
        int rc;
        try (CallBuffers b = CallBuffers.forLength(in.byteSize())) {
            MemorySegment o = b.out(out), m = b.in(in), k = key.length == 0 ? NULL : b.in(key);
            rc = b.critical()
                    ? (int) Sodium.CRYPTO_GENERICHASH_CRITICAL.invokeExact(o, out.byteSize(), m, in.byteSize(), k,
                            (long) key.length)
                    : Sodium.crypto_generichash_plain(o, out.byteSize(), m, in.byteSize(), k, key.length);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        requireSuccess(rc, "crypto_generichash");
    }

    @Override
    public HashState blake2bState(byte[] key, int outputLength) {
        return NativeHashState.blake2b(key, outputLength);
    }

    @Override
    public void keccak256(MemorySegment in, MemorySegment out) {
        int rc;
        try (CallBuffers b = CallBuffers.forLength(in.byteSize())) {
            MemorySegment o = b.out(out), m = b.in(in);
            rc = b.critical() ? (int) OnsNative.ONS_KECCAK256_CRITICAL.invokeExact(o, m, in.byteSize())
                    : OnsNative.ons_keccak256_plain(o, m, in.byteSize());
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        requireSuccess(rc, "ons_keccak256");
    }

    @Override
    public HashState keccak256State() {
        return NativeHashState.keccak256();
    }

    /**
     * Runs for seconds with up to gigabytes of memory, so never critical (it would stall every GC):
     * the password goes into a {@link WipingArena}, which zeroes it and the output copy before freeing.
     * libsodium wipes its own Argon2 memory.
     */
    @Override
    public byte[] argon2id(byte[] password, byte[] salt, long opsLimit, long memLimit, int outputLength) {
        try {
            return argon2idOrOutOfMemory(password, salt, opsLimit, memLimit, outputLength);
        } catch (OutOfMemoryError e) { // the output buffers: heap array or off-heap segment
            throw new InsufficientMemoryException("Argon2id", memLimit + outputLength, -1,
                    "the output buffers could not be allocated", e);
        }
    }

    private byte[] argon2idOrOutOfMemory(byte[] password, byte[] salt, long opsLimit, long memLimit, int outputLength) {
        byte[] out = new byte[outputLength];
        int rc;
        int errno;
        try (WipingArena arena = new WipingArena()) {
            MemorySegment callState = arena.allocate(Downcalls.CALL_STATE);
            MemorySegment nativePassword = arena.allocateFrom(JAVA_BYTE, password);
            MemorySegment nativeSalt = arena.allocateFrom(JAVA_BYTE, salt);
            MemorySegment nativeOut = arena.allocate(outputLength);
            rc = Sodium.crypto_pwhash(callState, nativeOut, outputLength, nativePassword, password.length, nativeSalt,
                    opsLimit, memLimit, Sodium.ALG_ARGON2ID13);
            errno = Downcalls.errno(callState);
            if (rc == 0) {
                MemorySegment.copy(nativeOut, JAVA_BYTE, 0, out, 0, outputLength);
            }
        }
        if (rc != 0) {
            if (errno == ENOMEM) {
                throw new InsufficientMemoryException("Argon2id", memLimit, -1, "libsodium could not allocate it", null);
            }
            // Unreachable after Argon2id's own checks, which are narrower than libsodium's.
            throw new InvalidInputException("crypto_pwhash rejected its parameters (errno " + errno + ")");
        }
        return out;
    }

    // ---- authenticated encryption ------------------------------------------------------------

    // Outputs are taken before inputs: when long calls are copied, an output that is the same memory as
    // an input gets its own copy either way, and libsodium allows c == m (and any overlap for secretbox).

    @Override
    public void secretboxSeal(MemorySegment message, byte[] nonce, byte[] key, MemorySegment box) {
        int rc;
        try (CallBuffers b = CallBuffers.forLength(message.byteSize())) {
            MemorySegment c = b.out(box), m = b.in(message), n = b.in(nonce), k = b.in(key);
            rc = b.critical() ? (int) Sodium.CRYPTO_SECRETBOX_EASY_CRITICAL.invokeExact(c, m, message.byteSize(), n, k)
                    : Sodium.crypto_secretbox_easy_plain(c, m, message.byteSize(), n, k);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        requireSuccess(rc, "crypto_secretbox_easy");
    }

    @Override
    public boolean secretboxOpen(MemorySegment box, byte[] nonce, byte[] key, MemorySegment message) {
        int rc;
        try (CallBuffers b = CallBuffers.forLength(box.byteSize())) {
            MemorySegment m = b.out(message), c = b.in(box), n = b.in(nonce), k = b.in(key);
            rc = b.critical() ? (int) Sodium.CRYPTO_SECRETBOX_OPEN_EASY_CRITICAL.invokeExact(m, c, box.byteSize(), n, k)
                    : Sodium.crypto_secretbox_open_easy_plain(m, c, box.byteSize(), n, k);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        return rc == 0;
    }

    @Override
    public void xchacha20poly1305Seal(MemorySegment message, byte[] ad, byte[] nonce, byte[] key,
            MemorySegment out) {
        int rc;
        try (CallBuffers b = CallBuffers.forLength(message.byteSize() + ad.length)) {
            MemorySegment c = b.out(out), m = b.in(message), a = ad.length == 0 ? NULL : b.in(ad);
            MemorySegment n = b.in(nonce), k = b.in(key);
            rc = b.critical()
                    ? (int) Sodium.CRYPTO_AEAD_XCHACHA20POLY1305_IETF_ENCRYPT_CRITICAL.invokeExact(c, NULL, m,
                            message.byteSize(), a, (long) ad.length, NULL, n, k)
                    : Sodium.crypto_aead_xchacha20poly1305_ietf_encrypt_plain(c, NULL, m, message.byteSize(), a,
                            ad.length, NULL, n, k);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        requireSuccess(rc, "crypto_aead_xchacha20poly1305_ietf_encrypt");
    }

    @Override
    public boolean xchacha20poly1305Open(MemorySegment ciphertext, byte[] ad, byte[] nonce, byte[] key,
            MemorySegment out) {
        int rc;
        try (CallBuffers b = CallBuffers.forLength(ciphertext.byteSize() + ad.length)) {
            MemorySegment m = b.out(out), c = b.in(ciphertext), a = ad.length == 0 ? NULL : b.in(ad);
            MemorySegment n = b.in(nonce), k = b.in(key);
            rc = b.critical()
                    ? (int) Sodium.CRYPTO_AEAD_XCHACHA20POLY1305_IETF_DECRYPT_CRITICAL.invokeExact(m, NULL, NULL, c,
                            ciphertext.byteSize(), a, (long) ad.length, n, k)
                    : Sodium.crypto_aead_xchacha20poly1305_ietf_decrypt_plain(m, NULL, NULL, c,
                            ciphertext.byteSize(), a, ad.length, n, k);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
        return rc == 0;
    }

    // ---- Ed25519 ------------------------------------------------------------------------------

    @Override
    public byte[] ed25519PublicKey(byte[] seed) {
        byte[] publicKey = new byte[ED25519_PUBLIC_KEY_BYTES];
        byte[] secretKey = new byte[ED25519_SECRET_KEY_BYTES];
        try {
            requireSuccess(Sodium.crypto_sign_seed_keypair(ofArray(publicKey), ofArray(secretKey), ofArray(seed)),
                    "crypto_sign_seed_keypair");
            return publicKey;
        } finally {
            Arrays.fill(secretKey, (byte) 0); // holds the seed
        }
    }

    @Override
    public void ed25519Sign(byte[] seed, MemorySegment message, MemorySegment signature) {
        byte[] publicKey = new byte[ED25519_PUBLIC_KEY_BYTES];
        byte[] secretKey = new byte[ED25519_SECRET_KEY_BYTES];
        try {
            requireSuccess(Sodium.crypto_sign_seed_keypair(ofArray(publicKey), ofArray(secretKey), ofArray(seed)),
                    "crypto_sign_seed_keypair");
            int rc;
            try (CallBuffers b = CallBuffers.forLength(message.byteSize())) {
                MemorySegment s = b.out(signature), m = b.in(message), k = b.in(secretKey);
                rc = b.critical()
                        ? (int) Sodium.CRYPTO_SIGN_DETACHED_CRITICAL.invokeExact(s, NULL, m, message.byteSize(), k)
                        : Sodium.crypto_sign_detached_plain(s, NULL, m, message.byteSize(), k);
            } catch (Throwable t) {
                throw Downcalls.unexpected(t);
            }
            requireSuccess(rc, "crypto_sign_detached");
        } finally {
            Arrays.fill(secretKey, (byte) 0);
        }
    }

    @Override
    public boolean ed25519Verify(byte[] signature, MemorySegment message, byte[] publicKey) {
        try (CallBuffers b = CallBuffers.forLength(message.byteSize())) {
            MemorySegment s = b.in(signature), m = b.in(message), k = b.in(publicKey);
            return (b.critical()
                    ? (int) Sodium.CRYPTO_SIGN_VERIFY_DETACHED_CRITICAL.invokeExact(s, m, message.byteSize(), k)
                    : Sodium.crypto_sign_verify_detached_plain(s, m, message.byteSize(), k)) == 0;
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    // ---- ed25519 group (fixed sizes: always critical, arrays in place) -------------------------

    @Override
    public boolean isValidPoint(byte[] point) {
        return OnsNative.ons_point_is_valid(ofArray(point)) == 0;
    }

    @Override
    public byte[] pointAdd(byte[] p, byte[] q) {
        byte[] r = new byte[POINT_BYTES];
        return OnsNative.ons_point_add(ofArray(r), ofArray(p), ofArray(q)) == 0 ? r : null;
    }

    @Override
    public byte[] scalarMultBase(byte[] scalar) {
        byte[] q = new byte[POINT_BYTES];
        if (OnsNative.ons_scalarmult_base(ofArray(q), ofArray(scalar)) != 0) {
            throw new IllegalArgumentException("scalarMultBase needs a reduced scalar (s < l)");
        }
        return q;
    }

    @Override
    public byte[] doubleScalarMultBase(byte[] a, byte[] point, byte[] b) {
        byte[] r = new byte[POINT_BYTES];
        return OnsNative.ons_double_scalarmult_base_vartime(ofArray(r), ofArray(a), ofArray(point), ofArray(b)) == 0
                ? r : null;
    }

    @Override
    public boolean isCanonicalScalar(byte[] scalar) {
        return OnsNative.ons_scalar_is_canonical(ofArray(scalar)) == 0;
    }

    @Override
    public byte[] scalarReduce32(byte[] scalar) {
        byte[] r = new byte[SCALAR_BYTES];
        requireSuccess(OnsNative.ons_scalar_reduce32(ofArray(r), ofArray(scalar)), "ons_scalar_reduce32");
        return r;
    }

    @Override
    public byte[] scalarReduce64(byte[] scalar) {
        byte[] r = new byte[SCALAR_BYTES];
        requireSuccess(OnsNative.ons_scalar_reduce64(ofArray(r), ofArray(scalar)), "ons_scalar_reduce64");
        return r;
    }

    @Override
    public byte[] scalarAdd(byte[] a, byte[] b) {
        byte[] r = new byte[SCALAR_BYTES];
        requireSuccess(OnsNative.ons_scalar_add(ofArray(r), ofArray(a), ofArray(b)), "ons_scalar_add");
        return r;
    }

    @Override
    public byte[] scalarMul(byte[] a, byte[] b) {
        byte[] r = new byte[SCALAR_BYTES];
        requireSuccess(OnsNative.ons_scalar_mul(ofArray(r), ofArray(a), ofArray(b)), "ons_scalar_mul");
        return r;
    }

    @Override
    public byte[] scalarMulSub(byte[] a, byte[] b, byte[] c) {
        byte[] r = new byte[SCALAR_BYTES];
        requireSuccess(OnsNative.ons_scalar_mulsub(ofArray(r), ofArray(a), ofArray(b), ofArray(c)), "ons_scalar_mulsub");
        return r;
    }

    /** For functions that fail only on inputs the public API already rejects: failing here is a bug. */
    private static void requireSuccess(int rc, String function) {
        if (rc != 0) {
            throw new IllegalStateException(function + " returned " + rc + " on input the API accepted");
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
