package dev.onscrypto.internal.ffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.util.List;

/**
 * Every libsodium function the native backend needs, declared once: its symbol and signature
 * ({@code size_t} and {@code unsigned long long} are both 64-bit on LP64 Linux, hence {@code JAVA_LONG}).
 * The loader refuses a library that lacks any of {@link #symbols()}, and {@link Sodium} binds its handles
 * from these entries, so the two cannot drift apart.
 */
enum SodiumFunction implements NativeFunction {
    /** {@code int sodium_init(void)}: called by the loader's probe, not bound here. */
    INIT("sodium_init", FunctionDescriptor.of(JAVA_INT)),
    /** {@code const char *sodium_version_string(void)}: called by the loader's probe, not bound here. */
    VERSION_STRING("sodium_version_string", FunctionDescriptor.of(ADDRESS)),
    /**
     * {@code int crypto_generichash(unsigned char *out, size_t outlen, const unsigned char *in,
     * unsigned long long inlen, const unsigned char *key, size_t keylen)}.
     */
    GENERICHASH("crypto_generichash",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG)),
    /** {@code size_t crypto_generichash_statebytes(void)}. */
    GENERICHASH_STATEBYTES("crypto_generichash_statebytes", FunctionDescriptor.of(JAVA_LONG)),
    /** {@code int crypto_generichash_init(state *, const unsigned char *key, size_t keylen, size_t outlen)}. */
    GENERICHASH_INIT("crypto_generichash_init", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, JAVA_LONG)),
    /** {@code int crypto_generichash_update(state *, const unsigned char *in, unsigned long long inlen)}. */
    GENERICHASH_UPDATE("crypto_generichash_update", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG)),
    /** {@code int crypto_generichash_final(state *, unsigned char *out, size_t outlen)}. */
    GENERICHASH_FINAL("crypto_generichash_final", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG)),
    /**
     * {@code int crypto_pwhash(unsigned char *out, unsigned long long outlen, const char *passwd,
     * unsigned long long passwdlen, const unsigned char *salt, unsigned long long opslimit,
     * size_t memlimit, int alg)}.
     */
    PWHASH("crypto_pwhash", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS,
            JAVA_LONG, JAVA_LONG, JAVA_INT)),
    /**
     * {@code int crypto_secretbox_easy(unsigned char *c, const unsigned char *m, unsigned long long mlen,
     * const unsigned char *n, const unsigned char *k)}.
     */
    SECRETBOX_EASY("crypto_secretbox_easy", Shapes.SECRETBOX),
    /**
     * {@code int crypto_secretbox_open_easy(unsigned char *m, const unsigned char *c, unsigned long long clen,
     * const unsigned char *n, const unsigned char *k)}.
     */
    SECRETBOX_OPEN_EASY("crypto_secretbox_open_easy", Shapes.SECRETBOX),
    /**
     * {@code int crypto_aead_xchacha20poly1305_ietf_encrypt(unsigned char *c, unsigned long long *clen_p,
     * const unsigned char *m, unsigned long long mlen, const unsigned char *ad, unsigned long long adlen,
     * const unsigned char *nsec, const unsigned char *npub, const unsigned char *k)}.
     */
    XCHACHA_ENCRYPT("crypto_aead_xchacha20poly1305_ietf_encrypt", FunctionDescriptor.of(JAVA_INT,
            ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS)),
    /**
     * {@code int crypto_aead_xchacha20poly1305_ietf_decrypt(unsigned char *m, unsigned long long *mlen_p,
     * unsigned char *nsec, const unsigned char *c, unsigned long long clen, const unsigned char *ad,
     * unsigned long long adlen, const unsigned char *npub, const unsigned char *k)}.
     */
    XCHACHA_DECRYPT("crypto_aead_xchacha20poly1305_ietf_decrypt", FunctionDescriptor.of(JAVA_INT,
            ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS)),
    /** {@code int crypto_sign_seed_keypair(unsigned char *pk, unsigned char *sk, const unsigned char *seed)}. */
    SIGN_SEED_KEYPAIR("crypto_sign_seed_keypair", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS)),
    /**
     * {@code int crypto_sign_detached(unsigned char *sig, unsigned long long *siglen_p,
     * const unsigned char *m, unsigned long long mlen, const unsigned char *sk)}.
     */
    SIGN_DETACHED("crypto_sign_detached", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS)),
    /**
     * {@code int crypto_sign_verify_detached(const unsigned char *sig, const unsigned char *m,
     * unsigned long long mlen, const unsigned char *pk)}.
     */
    SIGN_VERIFY_DETACHED("crypto_sign_verify_detached", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS));

    private static final class Shapes {
        static final FunctionDescriptor SECRETBOX = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS);
    }

    private final String symbol;
    private final FunctionDescriptor descriptor;

    SodiumFunction(String symbol, FunctionDescriptor descriptor) {
        this.symbol = symbol;
        this.descriptor = descriptor;
    }

    @Override
    public String symbol() {
        return symbol;
    }

    @Override
    public FunctionDescriptor descriptor() {
        return descriptor;
    }

    /** Every symbol, for the loader's exported-symbol check. */
    static List<String> symbols() {
        return NativeFunction.symbols(values());
    }
}
