package dev.onscrypto.internal.ffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

import dev.onscrypto.internal.loader.SodiumLibrary;

/**
 * Hand-written, jextract-style bindings to the libsodium functions we use, one static method per C
 * function with the C name and parameter order. {@code size_t} and {@code unsigned long long} are both
 * 64-bit on LP64 Linux, hence {@code JAVA_LONG}. Functions whose input length varies have two handles:
 * {@code critical} (short inputs, heap arrays in place) and plain (long inputs, native copies); see
 * {@link CallBuffers}.
 *
 * <p>Initializing this class binds every handle, so it must happen only after {@link SodiumLibrary#load}
 * has succeeded (which also checked that every symbol exists and ran {@code sodium_init}).
 */
final class Sodium {
    /** {@code crypto_pwhash_ALG_ARGON2ID13}. */
    static final int ALG_ARGON2ID13 = 2;

    private static final SymbolLookup LIB = SodiumLibrary.loaded().lookup();

    // int crypto_generichash(unsigned char *out, size_t outlen, const unsigned char *in,
    //                        unsigned long long inlen, const unsigned char *key, size_t keylen)
    private static final FunctionDescriptor GENERICHASH_FN =
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG);
    private static final MethodHandle GENERICHASH = Downcalls.plain(LIB, "crypto_generichash", GENERICHASH_FN);
    private static final MethodHandle GENERICHASH_CRITICAL =
            Downcalls.critical(LIB, "crypto_generichash", GENERICHASH_FN);

    // size_t crypto_generichash_statebytes(void)
    // int crypto_generichash_init(crypto_generichash_state *state, const unsigned char *key, size_t keylen,
    //                             size_t outlen)
    // int crypto_generichash_update(crypto_generichash_state *state, const unsigned char *in,
    //                               unsigned long long inlen)
    // int crypto_generichash_final(crypto_generichash_state *state, unsigned char *out, size_t outlen)
    // All critical: the state is native, and updates come in bounded pieces (NativeHashState).
    private static final MethodHandle GENERICHASH_STATEBYTES = Downcalls.critical(LIB,
            "crypto_generichash_statebytes", FunctionDescriptor.of(JAVA_LONG));
    private static final MethodHandle GENERICHASH_INIT = Downcalls.critical(LIB, "crypto_generichash_init",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle GENERICHASH_UPDATE = Downcalls.critical(LIB, "crypto_generichash_update",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG));
    private static final MethodHandle GENERICHASH_FINAL = Downcalls.critical(LIB, "crypto_generichash_final",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG));

    // int crypto_pwhash(unsigned char *out, unsigned long long outlen, const char *passwd,
    //                   unsigned long long passwdlen, const unsigned char *salt,
    //                   unsigned long long opslimit, size_t memlimit, int alg)
    // Never critical: it runs for seconds. errno tells ENOMEM from EINVAL when it returns -1.
    private static final MethodHandle PWHASH = Downcalls.capturingErrno(LIB, "crypto_pwhash",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG,
                    JAVA_INT));

    // int crypto_secretbox_easy(unsigned char *c, const unsigned char *m, unsigned long long mlen,
    //                           const unsigned char *n, const unsigned char *k)
    // int crypto_secretbox_open_easy(unsigned char *m, const unsigned char *c, unsigned long long clen,
    //                                const unsigned char *n, const unsigned char *k)
    private static final FunctionDescriptor SECRETBOX_FN =
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS);
    private static final MethodHandle SECRETBOX_EASY = Downcalls.plain(LIB, "crypto_secretbox_easy", SECRETBOX_FN);
    private static final MethodHandle SECRETBOX_EASY_CRITICAL =
            Downcalls.critical(LIB, "crypto_secretbox_easy", SECRETBOX_FN);
    private static final MethodHandle SECRETBOX_OPEN_EASY =
            Downcalls.plain(LIB, "crypto_secretbox_open_easy", SECRETBOX_FN);
    private static final MethodHandle SECRETBOX_OPEN_EASY_CRITICAL =
            Downcalls.critical(LIB, "crypto_secretbox_open_easy", SECRETBOX_FN);

    // int crypto_aead_xchacha20poly1305_ietf_encrypt(unsigned char *c, unsigned long long *clen_p,
    //         const unsigned char *m, unsigned long long mlen, const unsigned char *ad,
    //         unsigned long long adlen, const unsigned char *nsec, const unsigned char *npub,
    //         const unsigned char *k)
    private static final FunctionDescriptor XCHACHA_ENCRYPT_FN = FunctionDescriptor.of(JAVA_INT,
            ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS);
    private static final MethodHandle XCHACHA_ENCRYPT =
            Downcalls.plain(LIB, "crypto_aead_xchacha20poly1305_ietf_encrypt", XCHACHA_ENCRYPT_FN);
    private static final MethodHandle XCHACHA_ENCRYPT_CRITICAL =
            Downcalls.critical(LIB, "crypto_aead_xchacha20poly1305_ietf_encrypt", XCHACHA_ENCRYPT_FN);

    // int crypto_aead_xchacha20poly1305_ietf_decrypt(unsigned char *m, unsigned long long *mlen_p,
    //         unsigned char *nsec, const unsigned char *c, unsigned long long clen,
    //         const unsigned char *ad, unsigned long long adlen, const unsigned char *npub,
    //         const unsigned char *k)
    private static final FunctionDescriptor XCHACHA_DECRYPT_FN = FunctionDescriptor.of(JAVA_INT,
            ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS);
    private static final MethodHandle XCHACHA_DECRYPT =
            Downcalls.plain(LIB, "crypto_aead_xchacha20poly1305_ietf_decrypt", XCHACHA_DECRYPT_FN);
    private static final MethodHandle XCHACHA_DECRYPT_CRITICAL =
            Downcalls.critical(LIB, "crypto_aead_xchacha20poly1305_ietf_decrypt", XCHACHA_DECRYPT_FN);

    // int crypto_sign_seed_keypair(unsigned char *pk, unsigned char *sk, const unsigned char *seed)
    // Fixed sizes, so always critical.
    private static final MethodHandle SIGN_SEED_KEYPAIR = Downcalls.critical(LIB, "crypto_sign_seed_keypair",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));

    // int crypto_sign_detached(unsigned char *sig, unsigned long long *siglen_p,
    //                          const unsigned char *m, unsigned long long mlen, const unsigned char *sk)
    private static final FunctionDescriptor SIGN_DETACHED_FN =
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS);
    private static final MethodHandle SIGN_DETACHED = Downcalls.plain(LIB, "crypto_sign_detached", SIGN_DETACHED_FN);
    private static final MethodHandle SIGN_DETACHED_CRITICAL =
            Downcalls.critical(LIB, "crypto_sign_detached", SIGN_DETACHED_FN);

    // int crypto_sign_verify_detached(const unsigned char *sig, const unsigned char *m,
    //                                 unsigned long long mlen, const unsigned char *pk)
    private static final FunctionDescriptor VERIFY_DETACHED_FN =
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS);
    private static final MethodHandle VERIFY_DETACHED =
            Downcalls.plain(LIB, "crypto_sign_verify_detached", VERIFY_DETACHED_FN);
    private static final MethodHandle VERIFY_DETACHED_CRITICAL =
            Downcalls.critical(LIB, "crypto_sign_verify_detached", VERIFY_DETACHED_FN);

    private Sodium() {}

    /** Forces the handles to be bound now, so that a binding problem surfaces in {@code load()}. */
    static void bind() {
        // class initialization does the work
    }

    static int crypto_generichash(boolean critical, MemorySegment out, long outlen, MemorySegment in, long inlen,
            MemorySegment key, long keylen) {
        try {
            return critical ? (int) GENERICHASH_CRITICAL.invokeExact(out, outlen, in, inlen, key, keylen)
                    : (int) GENERICHASH.invokeExact(out, outlen, in, inlen, key, keylen);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static long crypto_generichash_statebytes() {
        try {
            return (long) GENERICHASH_STATEBYTES.invokeExact();
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int crypto_generichash_init(MemorySegment state, MemorySegment key, long keylen, long outlen) {
        try {
            return (int) GENERICHASH_INIT.invokeExact(state, key, keylen, outlen);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int crypto_generichash_update(MemorySegment state, MemorySegment in, long inlen) {
        try {
            return (int) GENERICHASH_UPDATE.invokeExact(state, in, inlen);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int crypto_generichash_final(MemorySegment state, MemorySegment out, long outlen) {
        try {
            return (int) GENERICHASH_FINAL.invokeExact(state, out, outlen);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    /** All segments native; {@code callState} is a {@link Downcalls#CALL_STATE} segment that receives errno. */
    static int crypto_pwhash(MemorySegment callState, MemorySegment out, long outlen, MemorySegment passwd,
            long passwdlen, MemorySegment salt, long opslimit, long memlimit, int alg) {
        try {
            return (int) PWHASH.invokeExact(callState, out, outlen, passwd, passwdlen, salt, opslimit, memlimit, alg);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int crypto_secretbox_easy(boolean critical, MemorySegment c, MemorySegment m, long mlen, MemorySegment n,
            MemorySegment k) {
        try {
            return critical ? (int) SECRETBOX_EASY_CRITICAL.invokeExact(c, m, mlen, n, k)
                    : (int) SECRETBOX_EASY.invokeExact(c, m, mlen, n, k);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int crypto_secretbox_open_easy(boolean critical, MemorySegment m, MemorySegment c, long clen,
            MemorySegment n, MemorySegment k) {
        try {
            return critical ? (int) SECRETBOX_OPEN_EASY_CRITICAL.invokeExact(m, c, clen, n, k)
                    : (int) SECRETBOX_OPEN_EASY.invokeExact(m, c, clen, n, k);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int crypto_aead_xchacha20poly1305_ietf_encrypt(boolean critical, MemorySegment c, MemorySegment clenP,
            MemorySegment m, long mlen, MemorySegment ad, long adlen, MemorySegment nsec, MemorySegment npub,
            MemorySegment k) {
        try {
            return critical ? (int) XCHACHA_ENCRYPT_CRITICAL.invokeExact(c, clenP, m, mlen, ad, adlen, nsec, npub, k)
                    : (int) XCHACHA_ENCRYPT.invokeExact(c, clenP, m, mlen, ad, adlen, nsec, npub, k);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int crypto_aead_xchacha20poly1305_ietf_decrypt(boolean critical, MemorySegment m, MemorySegment mlenP,
            MemorySegment nsec, MemorySegment c, long clen, MemorySegment ad, long adlen, MemorySegment npub,
            MemorySegment k) {
        try {
            return critical ? (int) XCHACHA_DECRYPT_CRITICAL.invokeExact(m, mlenP, nsec, c, clen, ad, adlen, npub, k)
                    : (int) XCHACHA_DECRYPT.invokeExact(m, mlenP, nsec, c, clen, ad, adlen, npub, k);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int crypto_sign_seed_keypair(MemorySegment pk, MemorySegment sk, MemorySegment seed) {
        try {
            return (int) SIGN_SEED_KEYPAIR.invokeExact(pk, sk, seed);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int crypto_sign_detached(boolean critical, MemorySegment sig, MemorySegment siglenP, MemorySegment m,
            long mlen, MemorySegment sk) {
        try {
            return critical ? (int) SIGN_DETACHED_CRITICAL.invokeExact(sig, siglenP, m, mlen, sk)
                    : (int) SIGN_DETACHED.invokeExact(sig, siglenP, m, mlen, sk);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }

    static int crypto_sign_verify_detached(boolean critical, MemorySegment sig, MemorySegment m, long mlen,
            MemorySegment pk) {
        try {
            return critical ? (int) VERIFY_DETACHED_CRITICAL.invokeExact(sig, m, mlen, pk)
                    : (int) VERIFY_DETACHED.invokeExact(sig, m, mlen, pk);
        } catch (Throwable t) {
            throw Downcalls.unexpected(t);
        }
    }
}
