package dev.onscrypto.internal.ffm;


import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

import dev.onscrypto.internal.loader.SodiumLibrary;

/**
 * jextract-style bindings to the libsodium functions we use, one static method per C
 * function with the C name and parameter order. {@code size_t} and {@code unsigned long long} are both
 * 64-bit on LP64 Linux, hence {@code JAVA_LONG}; symbols and signatures come from {@link SodiumFunction},
 * the list the loader checks too. Functions whose input length varies have two handles:
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

    // Functions whose input length is the caller's have a plain handle beside the critical one.
    private static final MethodHandle GENERICHASH = SodiumFunction.GENERICHASH.plain(LIB);
    private static final MethodHandle GENERICHASH_CRITICAL = SodiumFunction.GENERICHASH.critical(LIB);
    // All critical: the state is native, and updates come in bounded pieces (NativeHashState).
    private static final MethodHandle GENERICHASH_STATEBYTES = SodiumFunction.GENERICHASH_STATEBYTES.critical(LIB);
    private static final MethodHandle GENERICHASH_INIT = SodiumFunction.GENERICHASH_INIT.critical(LIB);
    private static final MethodHandle GENERICHASH_UPDATE = SodiumFunction.GENERICHASH_UPDATE.critical(LIB);
    private static final MethodHandle GENERICHASH_FINAL = SodiumFunction.GENERICHASH_FINAL.critical(LIB);
    // Never critical: it runs for seconds. errno tells ENOMEM from EINVAL when it returns -1.
    private static final MethodHandle PWHASH = SodiumFunction.PWHASH.capturingErrno(LIB);
    private static final MethodHandle SECRETBOX_EASY = SodiumFunction.SECRETBOX_EASY.plain(LIB);
    private static final MethodHandle SECRETBOX_EASY_CRITICAL = SodiumFunction.SECRETBOX_EASY.critical(LIB);
    private static final MethodHandle SECRETBOX_OPEN_EASY = SodiumFunction.SECRETBOX_OPEN_EASY.plain(LIB);
    private static final MethodHandle SECRETBOX_OPEN_EASY_CRITICAL = SodiumFunction.SECRETBOX_OPEN_EASY.critical(LIB);
    private static final MethodHandle XCHACHA_ENCRYPT = SodiumFunction.XCHACHA_ENCRYPT.plain(LIB);
    private static final MethodHandle XCHACHA_ENCRYPT_CRITICAL = SodiumFunction.XCHACHA_ENCRYPT.critical(LIB);
    private static final MethodHandle XCHACHA_DECRYPT = SodiumFunction.XCHACHA_DECRYPT.plain(LIB);
    private static final MethodHandle XCHACHA_DECRYPT_CRITICAL = SodiumFunction.XCHACHA_DECRYPT.critical(LIB);
    // Fixed sizes, so always critical.
    private static final MethodHandle SIGN_SEED_KEYPAIR = SodiumFunction.SIGN_SEED_KEYPAIR.critical(LIB);
    private static final MethodHandle SIGN_DETACHED = SodiumFunction.SIGN_DETACHED.plain(LIB);
    private static final MethodHandle SIGN_DETACHED_CRITICAL = SodiumFunction.SIGN_DETACHED.critical(LIB);
    private static final MethodHandle VERIFY_DETACHED = SodiumFunction.SIGN_VERIFY_DETACHED.plain(LIB);
    private static final MethodHandle VERIFY_DETACHED_CRITICAL = SodiumFunction.SIGN_VERIFY_DETACHED.critical(LIB);

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
