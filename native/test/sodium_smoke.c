/*
 * Smoke test of the libsodium functions linked into libonscrypto.so (the SODIUM_API list in the
 * Makefile, which checks that this program calls every one), called through our library's exports. It prints one `name=hex` line per result; the
 * Makefile compares the output of a cross-built library (run under an emulator) with the host's,
 * byte for byte. Round trips and tamper checks are verified here, so a broken build fails even
 * without a reference.
 */
#include <sodium.h>
#include <stdio.h>
#include <string.h>

static int failed;

static void print_hex(const char *name, const unsigned char *bytes, size_t len)
{
    printf("%s=", name);
    for (size_t i = 0; i < len; i++) {
        printf("%02x", bytes[i]);
    }
    printf("\n");
}

static void expect(int ok, const char *what)
{
    printf("%s=%s\n", what, ok ? "ok" : "FAILED");
    if (!ok) {
        failed++;
    }
}

/* Deterministic, platform-independent filler (inputs only; nothing here is a secret). */
static void fill(unsigned char *out, size_t len, unsigned char seed)
{
    for (size_t i = 0; i < len; i++) {
        out[i] = (unsigned char) (seed + 31u * i);
    }
}

int main(void)
{
    expect(sodium_init() >= 0, "sodium_init");
    printf("sodium_version_string=%s\n", sodium_version_string());

    unsigned char message[100];
    fill(message, sizeof message, 7);

    /* BLAKE2b: unkeyed 32 bytes (ONS name hash size) and keyed 64 bytes. */
    unsigned char key[32], hash32[32], hash64[64];
    fill(key, sizeof key, 1);
    expect(crypto_generichash(hash32, sizeof hash32, message, sizeof message, NULL, 0) == 0, "generichash32_rc");
    print_hex("generichash32", hash32, sizeof hash32);
    expect(crypto_generichash(hash64, sizeof hash64, message, sizeof message, key, sizeof key) == 0, "generichash64_keyed_rc");
    print_hex("generichash64_keyed", hash64, sizeof hash64);

    /* BLAKE2b streaming: the state size the Java side allocates, and pieces equal to one shot. */
    unsigned char streamed[32];
    size_t state_bytes = crypto_generichash_statebytes();
    printf("generichash_statebytes=%zu\n", state_bytes);
    crypto_generichash_state state;
    expect(state_bytes == sizeof state, "generichash_statebytes_is_sizeof_state");
    expect(crypto_generichash_init(&state, NULL, 0, sizeof streamed) == 0
           && crypto_generichash_update(&state, message, 1) == 0
           && crypto_generichash_update(&state, message + 1, 0) == 0
           && crypto_generichash_update(&state, message + 1, sizeof message - 1) == 0
           && crypto_generichash_final(&state, streamed, sizeof streamed) == 0
           && memcmp(streamed, hash32, sizeof streamed) == 0, "generichash_streamed_equals_one_shot");

    /* Argon2id at libsodium's minimum cost (the algorithm, not the ONS cost, is what differs by platform). */
    unsigned char salt[crypto_pwhash_SALTBYTES], derived[32];
    fill(salt, sizeof salt, 3);
    expect(crypto_pwhash(derived, sizeof derived, "password", 8, salt, crypto_pwhash_OPSLIMIT_MIN,
                         crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13) == 0, "pwhash_argon2id_rc");
    print_hex("pwhash_argon2id", derived, sizeof derived);

    /* XSalsa20-Poly1305 secretbox. */
    unsigned char nonce24[crypto_secretbox_NONCEBYTES], box[sizeof message + crypto_secretbox_MACBYTES];
    unsigned char opened[sizeof message];
    fill(nonce24, sizeof nonce24, 5);
    expect(crypto_secretbox_easy(box, message, sizeof message, nonce24, key) == 0, "secretbox_easy_rc");
    print_hex("secretbox_easy", box, sizeof box);
    expect(crypto_secretbox_open_easy(opened, box, sizeof box, nonce24, key) == 0
           && memcmp(opened, message, sizeof message) == 0, "secretbox_open_easy");
    box[0] ^= 1;
    expect(crypto_secretbox_open_easy(opened, box, sizeof box, nonce24, key) != 0, "secretbox_open_easy_rejects_tampered");

    /* XChaCha20-Poly1305 (IETF) with associated data. */
    unsigned char ad[13], sealed[sizeof message + crypto_aead_xchacha20poly1305_ietf_ABYTES];
    unsigned long long sealed_len = 0, opened_len = 0;
    fill(ad, sizeof ad, 9);
    expect(crypto_aead_xchacha20poly1305_ietf_encrypt(sealed, &sealed_len, message, sizeof message, ad, sizeof ad,
                                                      NULL, nonce24, key) == 0
           && sealed_len == sizeof sealed, "aead_xchacha20poly1305_ietf_encrypt_rc");
    print_hex("aead_xchacha20poly1305_ietf_encrypt", sealed, sizeof sealed);
    expect(crypto_aead_xchacha20poly1305_ietf_decrypt(opened, &opened_len, NULL, sealed, sizeof sealed, ad, sizeof ad,
                                                      nonce24, key) == 0
           && opened_len == sizeof message && memcmp(opened, message, sizeof message) == 0,
           "aead_xchacha20poly1305_ietf_decrypt");
    ad[0] ^= 1;
    expect(crypto_aead_xchacha20poly1305_ietf_decrypt(opened, &opened_len, NULL, sealed, sizeof sealed, ad, sizeof ad,
                                                      nonce24, key) != 0,
           "aead_xchacha20poly1305_ietf_decrypt_rejects_tampered");

    /* Ed25519 from a seed. */
    unsigned char seed[crypto_sign_SEEDBYTES], pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
    unsigned char sig[crypto_sign_BYTES];
    fill(seed, sizeof seed, 11);
    expect(crypto_sign_seed_keypair(pk, sk, seed) == 0, "sign_seed_keypair_rc");
    print_hex("sign_seed_keypair_pk", pk, sizeof pk);
    expect(crypto_sign_detached(sig, NULL, message, sizeof message, sk) == 0, "sign_detached_rc");
    print_hex("sign_detached", sig, sizeof sig);
    expect(crypto_sign_verify_detached(sig, message, sizeof message, pk) == 0, "sign_verify_detached");
    message[0] ^= 1;
    expect(crypto_sign_verify_detached(sig, message, sizeof message, pk) != 0, "sign_verify_detached_rejects_tampered");

    return failed == 0 ? 0 : 1;
}
