/*
 * C reference for the JMH benchmarks: libsodium called directly, and our own C (native/) for Keccak
 * and the CryptoNote signature. It times the same operations as benchmarks/src the same way JMH does
 * (warm-up iterations, then timed iterations of a fixed wall-clock length; score = mean ops/s; the
 * 256 MiB Argon2id ops are timed one call at a time, score = mean seconds) and writes JSON that
 * benchmarks/render.py reads. Every call writes fresh output as the Java API does; nothing is cached
 * between calls, so a Java/C ratio is the binding's cost and nothing else.
 *
 *   bench [-w warmup_iters] [-i iters] [-r seconds_per_iter] [-s single_shot_iters] > c.json
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "onscrypto.h"

static int warmup_iters = 3, iters = 5, single_iters = 5;
static double iter_seconds = 1.0;

/* ---- inputs: the same bytes as Fixtures.bytes(length, seed) on the Java side ---- */
static void fixture(unsigned char *b, size_t n, int seed) {
    for (size_t i = 0; i < n; i++) b[i] = (unsigned char)(seed + 31 * (int)i);
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* ---- one benchmark: an operation on a prepared state ---- */
typedef struct {
    size_t size;
    unsigned char key[32], nonce[24], seed[32], pk[32], sk[64], hash[32], sig[64];
    unsigned char cn_secret[32], cn_public[32], cn_sig[64];
    unsigned char *in, *out;
    size_t inlen;
} state;

typedef void (*op_fn)(state *);

/* Keeps results observable, as JMH's Blackhole does; one per thread, like a Blackhole, so the 2-thread rows
 * do not bounce one shared cache line between the cores on every call. */
static _Thread_local volatile unsigned char sink;

/* Runs op until `seconds` have passed; checks the clock every `batch` calls so that reading the clock
 * does not weigh on 100 ns operations. Returns calls made. */
static unsigned long long run_for(op_fn op, state *s, double seconds, double *elapsed) {
    unsigned long long n = 0, batch = 1;
    double start = now(), t;
    do {
        for (unsigned long long k = 0; k < batch; k++) op(s);
        n += batch;
        t = now();
        if (t - start < seconds / 100 && batch < (1u << 20)) batch *= 2;
    } while (t - start < seconds);
    *elapsed = t - start;
    return n;
}

typedef struct {
    op_fn op;
    state *s;
    double ops_per_s;
} worker;

static void *worker_main(void *arg) {
    worker *w = arg;
    double elapsed;
    unsigned long long n = run_for(w->op, w->s, iter_seconds, &elapsed);
    w->ops_per_s = (double)n / elapsed;
    return NULL;
}

static int first_result = 1;

/* score: the mean of the measured iterations; best: the best one (highest ops/s, shortest time), which
 * render.py compares, as it does JMH's best iteration: other work on a shared machine only ever slows
 * an iteration down. */
static void emit(const char *op, size_t size, int threads, const char *mode, double score, double best,
                 const char *unit) {
    printf("%s\n    {\"op\": \"%s\", \"size\": %zu, \"threads\": %d, \"mode\": \"%s\", \"score\": %.6g, "
           "\"best\": %.6g, \"unit\": \"%s\"}",
           first_result ? "" : ",", op, size, threads, mode, score, best, unit);
    first_result = 0;
    fflush(stdout);
    fprintf(stderr, "c: %-24s %6zu  %d thr  %14.3f %s\n", op, size, threads, score, unit);
}

/* Throughput on `threads` threads; each thread gets its own copy of the state, like JMH's forked
 * threads reading shared inputs but writing their own outputs. */
static void throughput(const char *name, op_fn op, state *s, int threads) {
    worker w[2];
    state copies[2];
    pthread_t tid[2];
    double sum = 0, best = 0;
    for (int t = 0; t < threads; t++) {
        copies[t] = *s;
        copies[t].out = malloc(s->inlen + 64);
        w[t] = (worker){op, &copies[t], 0};
    }
    for (int it = 0; it < warmup_iters + iters; it++) {
        for (int t = 0; t < threads; t++) pthread_create(&tid[t], NULL, worker_main, &w[t]);
        double total = 0;
        for (int t = 0; t < threads; t++) {
            pthread_join(tid[t], NULL);
            total += w[t].ops_per_s;
        }
        if (it >= warmup_iters) {
            sum += total;
            if (total > best) best = total;
        }
    }
    for (int t = 0; t < threads; t++) free(copies[t].out);
    emit(name, s->size, threads, "thrpt", sum / iters, best, "ops/s");
}

static void single_shot(const char *name, op_fn op, state *s) {
    double sum = 0, best = 0;
    for (int it = 0; it < 1 + single_iters; it++) { /* one warm-up call, as SingleShotBase's warm-up */
        double start = now();
        op(s);
        double t = now() - start;
        if (it >= 1) {
            sum += t;
            if (best == 0 || t < best) best = t;
        }
    }
    emit(name, s->size, 1, "ss", sum / single_iters * 1000.0, best * 1000.0, "ms/op");
}

/* ---- the operations ---- */
static void op_blake2b(state *s) {
    crypto_generichash(s->out, 32, s->in, s->inlen, NULL, 0);
    sink ^= s->out[0];
}

static void op_keccak(state *s) {
    ons_keccak256(s->out, s->in, s->inlen);
    sink ^= s->out[0];
}

static void op_secretbox_seal(state *s) {
    crypto_secretbox_easy(s->out, s->in, s->inlen, s->nonce, s->key);
    sink ^= s->out[0];
}

static void op_secretbox_open(state *s) { /* s->in holds the box here */
    if (crypto_secretbox_open_easy(s->out, s->in, s->inlen, s->nonce, s->key) != 0) abort();
    sink ^= s->out[0];
}

static void op_xchacha_seal(state *s) {
    crypto_aead_xchacha20poly1305_ietf_encrypt(s->out, NULL, s->in, s->inlen, NULL, 0, NULL, s->nonce, s->key);
    sink ^= s->out[0];
}

static void op_xchacha_open(state *s) {
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(s->out, NULL, NULL, s->in, s->inlen, NULL, 0, s->nonce, s->key) != 0) abort();
    sink ^= s->out[0];
}

/* Our API signs from the seed, so the reference does too: key pair from seed, then sign. */
static void op_ed25519_sign(state *s) {
    unsigned char pk[32], sk[64];
    crypto_sign_seed_keypair(pk, sk, s->seed);
    crypto_sign_detached(s->out, NULL, s->hash, 32, sk);
    sodium_memzero(sk, sizeof sk);
    sink ^= s->out[0];
}

static void op_ed25519_verify(state *s) {
    if (crypto_sign_verify_detached(s->sig, s->hash, 32, s->pk) != 0) abort();
}

/* ---- CryptoNote signature, the same algorithm as CryptoNoteSignature.java over ons_* ---- */
static int is_zero32(const unsigned char *b) {
    unsigned char acc = 0;
    for (int i = 0; i < 32; i++) acc |= b[i];
    return acc == 0;
}

/* c = Keccak256(hash ‖ P ‖ R) mod l */
static void cn_challenge(unsigned char c[32], const unsigned char hash[32], const unsigned char p[32], const unsigned char r[32]) {
    unsigned char buf[96], h[32];
    memcpy(buf, hash, 32);
    memcpy(buf + 32, p, 32);
    memcpy(buf + 64, r, 32);
    ons_keccak256(h, buf, sizeof buf);
    ons_scalar_reduce32(c, h);
}

static void cn_sign(unsigned char sig[64], const unsigned char hash[32], const unsigned char x[32]) {
    unsigned char p[32], k[32], kg[32];
    ons_scalarmult_base(p, x);
    for (;;) {
        /* oxen-core random_scalar: uniform in [1, l-1] (draws below 2^253, rejecting >= l and 0) */
        randombytes_buf(k, 32);
        k[31] &= 0x1f;
        if (ons_scalar_is_canonical(k) != 0 || is_zero32(k)) continue;
        ons_scalarmult_base(kg, k);
        cn_challenge(sig, hash, p, kg);
        if (is_zero32(sig)) continue;
        ons_scalar_mulsub(sig + 32, sig, x, k); /* r = k - c x */
        if (!is_zero32(sig + 32)) break;
    }
    sodium_memzero(k, sizeof k);
}

/* oxen-core check_signature: c, r reduced, c != 0, R = c·P + r·G not the identity, Hs(hash ‖ P ‖ R) == c */
static int cn_check(const unsigned char hash[32], const unsigned char p[32], const unsigned char sig[64]) {
    static const unsigned char identity[32] = {1};
    unsigned char r[32], c[32];
    if (ons_scalar_is_canonical(sig) != 0 || ons_scalar_is_canonical(sig + 32) != 0 || is_zero32(sig)) return 0;
    if (ons_double_scalarmult_base_vartime(r, sig, p, sig + 32) != 0) return 0;
    if (memcmp(r, identity, 32) == 0) return 0;
    cn_challenge(c, hash, p, r);
    return sodium_memcmp(c, sig, 32) == 0;
}

static void op_cn_sign(state *s) {
    cn_sign(s->out, s->hash, s->cn_secret);
    sink ^= s->out[0];
}

static void op_cn_check(state *s) {
    if (!cn_check(s->hash, s->cn_public, s->cn_sig)) abort();
}

static void op_argon2id(state *s) {
    static const unsigned char salt[16];
    if (crypto_pwhash(s->out, 32, (const char *)s->in, s->inlen, salt, 3, 268435456, crypto_pwhash_ALG_ARGON2ID13) != 0) abort();
    sink ^= s->out[0];
}

/* ---- ONS operations composed from the same calls as RecordCipher / NameHasher / UpdateSignatures ---- */
static void op_name_hash(state *s) {
    crypto_generichash(s->out, 32, s->in, s->inlen, NULL, 0);
    sink ^= s->out[0];
}

/* stored = ciphertext ‖ tag ‖ nonce; key = BLAKE2b-256(name, key = BLAKE2b-256(name)) */
static void op_current_decrypt(state *s) {
    static const unsigned char name[] = "jagerman";
    unsigned char name_hash[32], key[32];
    size_t sealed = s->inlen - 24;
    crypto_generichash(name_hash, 32, name, 8, NULL, 0);
    crypto_generichash(key, 32, name, 8, name_hash, 32);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(s->out, NULL, NULL, s->in, sealed, NULL, 0, s->in + sealed, key) != 0) abort();
    sodium_memzero(key, sizeof key);
    sink ^= s->out[0];
}

/* s->in: the update's signed buffer; sign from the seed and verify, as UpdateSignatures does */
static void op_update(state *s) {
    unsigned char hash[32], pk[32], sk[64], sig[64];
    crypto_generichash(hash, 32, s->in, s->inlen, NULL, 0);
    crypto_sign_seed_keypair(pk, sk, s->seed);
    crypto_sign_detached(sig, NULL, hash, 32, sk);
    sodium_memzero(sk, sizeof sk);
    if (crypto_sign_verify_detached(sig, hash, 32, s->pk) != 0) abort();
}

static void op_legacy_decrypt(state *s) {
    static const unsigned char salt[16], nonce[24];
    unsigned char key[32];
    if (crypto_pwhash(key, 32, "jagerman", 8, salt, 3, 268435456, crypto_pwhash_ALG_ARGON2ID13) != 0) abort();
    if (crypto_secretbox_open_easy(s->out, s->in, s->inlen, nonce, key) != 0) abort();
    sodium_memzero(key, sizeof key);
    sink ^= s->out[0];
}

/* ---- setup ---- */
static state make_state(size_t size, int seed) {
    state s;
    memset(&s, 0, sizeof s);
    s.size = size;
    s.inlen = size;
    s.in = malloc(size + 64);
    s.out = malloc(size + 64);
    fixture(s.in, size, seed);
    return s;
}

static void drop_state(state *s) {
    free(s->in);
    free(s->out);
}

/* Replace s->in by the sealed form of its current contents (what the open benchmarks open). */
static void seal_input(state *s, int xchacha) {
    unsigned char *box = malloc(s->inlen + 64);
    if (xchacha)
        crypto_aead_xchacha20poly1305_ietf_encrypt(box, NULL, s->in, s->inlen, NULL, 0, NULL, s->nonce, s->key);
    else
        crypto_secretbox_easy(box, s->in, s->inlen, s->nonce, s->key);
    free(s->in);
    s->in = box;
    s->inlen += 16;
}

static void bench_hashes(void) {
    const size_t blake_sizes[] = {32, 1024, 65536}, keccak_sizes[] = {32, 1024};
    for (int i = 0; i < 3; i++) {
        state s = make_state(blake_sizes[i], 1);
        throughput("blake2b256", op_blake2b, &s, 1);
        drop_state(&s);
    }
    for (int i = 0; i < 2; i++) {
        state s = make_state(keccak_sizes[i], 2);
        throughput("keccak256", op_keccak, &s, 1);
        drop_state(&s);
    }
}

static void bench_ciphers(void) {
    const size_t sizes[] = {64, 1024, 65536};
    for (int i = 0; i < 3; i++) {
        state s = make_state(sizes[i], 5);
        fixture(s.key, 32, 3);
        fixture(s.nonce, 24, 4);
        throughput("secretboxSeal", op_secretbox_seal, &s, 1);
        seal_input(&s, 0);
        throughput("secretboxOpen", op_secretbox_open, &s, 1);
        drop_state(&s);
    }
    for (int i = 0; i < 3; i++) {
        state s = make_state(sizes[i], 8);
        fixture(s.key, 32, 6);
        fixture(s.nonce, 24, 7);
        throughput("xchachaSeal", op_xchacha_seal, &s, 1);
        seal_input(&s, 1);
        throughput("xchachaOpen", op_xchacha_open, &s, 1);
        drop_state(&s);
    }
}

static void bench_signatures(void) {
    state s = make_state(0, 0);
    fixture(s.hash, 32, 9);
    fixture(s.seed, 32, 10);
    crypto_sign_seed_keypair(s.pk, s.sk, s.seed);
    crypto_sign_detached(s.sig, NULL, s.hash, 32, s.sk);
    throughput("ed25519Sign", op_ed25519_sign, &s, 1);
    throughput("ed25519Verify", op_ed25519_verify, &s, 1);
    throughput("ed25519VerifyThreads2", op_ed25519_verify, &s, 2);

    unsigned char wide[32];
    fixture(s.hash, 32, 11);
    fixture(wide, 32, 12);
    ons_scalar_reduce32(s.cn_secret, wide);
    ons_scalarmult_base(s.cn_public, s.cn_secret);
    cn_sign(s.cn_sig, s.hash, s.cn_secret);
    if (!cn_check(s.hash, s.cn_public, s.cn_sig)) {
        fprintf(stderr, "bench: CryptoNote self-check failed\n");
        exit(1);
    }
    throughput("cryptoNoteSign", op_cn_sign, &s, 1);
    throughput("cryptoNoteCheck", op_cn_check, &s, 1);
    throughput("cryptoNoteCheckThreads2", op_cn_check, &s, 2);
    drop_state(&s);
}

static void bench_ons(void) {
    static const unsigned char name[] = "jagerman";
    unsigned char value[33], name_hash[32], key[32], nonce[24];
    sodium_hex2bin(value, 33, "05fb466d312e1666ad1c84c4ee55b7e034151c0e366a313d95d11436a5f36e1e75", 66, NULL, NULL, NULL);

    state s = make_state(8, 0);
    memcpy(s.in, name, 8);
    s.size = 0; /* the Java benchmark has no size parameter */
    throughput("nameHash", op_name_hash, &s, 1);
    throughput("nameHashThreads2", op_name_hash, &s, 2);
    drop_state(&s);

    /* current scheme: the stored form, as OnsBenchmark builds it (nonce = Fixtures.bytes(24, 13)) */
    s = make_state(33 + 16 + 24, 0);
    s.size = 0;
    fixture(nonce, 24, 13);
    crypto_generichash(name_hash, 32, name, 8, NULL, 0);
    crypto_generichash(key, 32, name, 8, name_hash, 32);
    crypto_aead_xchacha20poly1305_ietf_encrypt(s.in, NULL, value, 33, NULL, 0, NULL, nonce, key);
    memcpy(s.in + 49, nonce, 24);
    throughput("currentDecrypt", op_current_decrypt, &s, 1);
    throughput("currentDecryptThreads2", op_current_decrypt, &s, 2);
    drop_state(&s);

    /* update: a signed buffer of the size UpdateData makes for a new Session value and a prev txid */
    s = make_state(33 + 16 + 24 + 32, 15);
    s.size = 0;
    fixture(s.seed, 32, 16);
    crypto_sign_seed_keypair(s.pk, s.sk, s.seed);
    throughput("updateHashSignVerify", op_update, &s, 1);
    drop_state(&s);
}

static void bench_argon2(void) {
    state s = make_state(8, 0);
    memcpy(s.in, "jagerman", 8);
    s.size = 0;
    single_shot("argon2id", op_argon2id, &s);
    drop_state(&s);

    /* legacy: secretbox under the Argon2id key with a zero nonce */
    static const unsigned char salt[16], zero_nonce[24];
    unsigned char key[32], value[33];
    sodium_hex2bin(value, 33, "05fb466d312e1666ad1c84c4ee55b7e034151c0e366a313d95d11436a5f36e1e75", 66, NULL, NULL, NULL);
    if (crypto_pwhash(key, 32, "jagerman", 8, salt, 3, 268435456, crypto_pwhash_ALG_ARGON2ID13) != 0) abort();
    s = make_state(49, 0);
    s.size = 0;
    crypto_secretbox_easy(s.in, value, 33, zero_nonce, key);
    single_shot("legacyDecrypt", op_legacy_decrypt, &s);
    drop_state(&s);
}

int main(int argc, char **argv) {
    int opt;
    while ((opt = getopt(argc, argv, "w:i:r:s:")) != -1) {
        switch (opt) {
        case 'w': warmup_iters = atoi(optarg); break;
        case 'i': iters = atoi(optarg); break;
        case 'r': iter_seconds = atof(optarg); break;
        case 's': single_iters = atoi(optarg); break;
        default:
            fprintf(stderr, "usage: bench [-w warmup_iters] [-i iters] [-r seconds] [-s single_shot_iters]\n");
            return 2;
        }
    }
    if (sodium_init() < 0) {
        fprintf(stderr, "bench: sodium_init failed\n");
        return 1;
    }
    printf("{\n  \"libsodium\": \"%s\",\n  \"onscrypto\": \"%s\",\n  \"warmup_iterations\": %d,\n"
           "  \"iterations\": %d,\n  \"iteration_seconds\": %g,\n  \"results\": [",
           sodium_version_string(), ons_version(), warmup_iters, iters, iter_seconds);
    bench_hashes();
    bench_ciphers();
    bench_signatures();
    bench_ons();
    bench_argon2();
    printf("\n  ]\n}\n");
    return 0;
}
