/*
 * Known-answer and consistency tests for libonscrypto, through its public API.
 * vectors.h holds the known answers (see gen_vectors.py for their origin); the
 * rest cross-checks independent code paths (fixed-base comb vs. wNAF, scalar
 * arithmetic vs. group arithmetic). Prints "N passed, M failed"; exit 1 on failure.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "onscrypto.h"

struct kat2 {
    const char *msg, *out;
};
struct verify_kat {
    const char *hash, *pub, *sig;
    int valid;
    const char *comment;
};
struct sign_kat {
    const char *hash, *sec, *k, *pub, *sig;
};
struct decode_kat {
    const char *p;
    int valid;
    const char *comment;
};
struct base_kat {
    const char *s;
    int ok;
    const char *q;
};
struct dsm_kat {
    const char *a, *p, *b, *r;
};
struct add_kat {
    const char *p, *q, *r;
};
struct scalar_kat {
    const char *a, *b, *c, *wide, *reduce32, *reduce64, *add, *mul, *mulsub;
};
struct canonical_kat {
    const char *s;
    int canonical;
};

#include "vectors.h"

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

static const unsigned char IDENTITY[32] = {1};
static const unsigned char G_BYTES[32] = {0x58, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66,
                                          0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66,
                                          0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66, 0x66};

static int passed, failed;

static void check(int ok, const char *fmt, ...)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    va_list ap;
    va_start(ap, fmt);
    fputs("FAIL: ", stdout);
    vprintf(fmt, ap);
    fputc('\n', stdout);
    va_end(ap);
}

static size_t unhex(unsigned char *out, size_t cap, const char *hex)
{
    size_t n = strlen(hex);
    if (n % 2 != 0 || n / 2 > cap) {
        fprintf(stderr, "bad test vector: %s\n", hex);
        exit(2);
    }
    for (size_t i = 0; i < n / 2; i++) {
        unsigned v;
        if (sscanf(hex + 2 * i, "%2x", &v) != 1) {
            fprintf(stderr, "bad hex: %s\n", hex);
            exit(2);
        }
        out[i] = (unsigned char)v;
    }
    return n / 2;
}

static void unhex32(unsigned char out[32], const char *hex)
{
    if (unhex(out, 32, hex) != 32) {
        fprintf(stderr, "expected 32 bytes: %s\n", hex);
        exit(2);
    }
}

static int eq_hex(const unsigned char *b, size_t n, const char *hex)
{
    unsigned char want[512];
    return unhex(want, sizeof want, hex) == n && memcmp(b, want, n) == 0;
}

static void le_small(unsigned char out[32], uint64_t v)
{
    memset(out, 0, 32);
    for (int i = 0; i < 8; i++) {
        out[i] = (unsigned char)(v >> (8 * i));
    }
}

/* deterministic xorshift64*, for reproducible random cases */
static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;
static void rand_bytes(unsigned char *out, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        rng_state ^= rng_state >> 12;
        rng_state ^= rng_state << 25;
        rng_state ^= rng_state >> 27;
        out[i] = (unsigned char)((rng_state * 0x2545f4914f6cdd1dULL) >> 56);
    }
}

static void rand_scalar(unsigned char s[32]) /* uniform-ish, reduced */
{
    unsigned char wide[64];
    rand_bytes(wide, 64);
    ons_scalar_reduce64(s, wide);
}

/* ------------------------------------------------------------------------- */
/* CryptoNote signatures on top of the API, exactly as oxen-core's           */
/* check_signature / generate_signature (oxen-core src/crypto/crypto.cpp).   */

static void hash_to_scalar(unsigned char c[32], const unsigned char hash[32], const unsigned char pub[32],
                           const unsigned char R[32])
{
    unsigned char buf[96], h[32];
    memcpy(buf, hash, 32);
    memcpy(buf + 32, pub, 32);
    memcpy(buf + 64, R, 32);
    ons_keccak256(h, buf, sizeof buf);
    ons_scalar_reduce32(c, h);
}

static int check_signature(const unsigned char hash[32], const unsigned char pub[32], const unsigned char sig[64])
{
    static const unsigned char zero[32];
    const unsigned char *c = sig, *r = sig + 32;
    unsigned char R[32], c2[32];

    if (ons_point_is_valid(pub) != 0) {
        return 0;
    }
    if (ons_scalar_is_canonical(c) != 0 || ons_scalar_is_canonical(r) != 0 || memcmp(c, zero, 32) == 0) {
        return 0;
    }
    if (ons_double_scalarmult_base_vartime(R, c, pub, r) != 0) {
        return 0;
    }
    if (memcmp(R, IDENTITY, 32) == 0) {
        return 0;
    }
    hash_to_scalar(c2, hash, pub, R);
    return memcmp(c2, c, 32) == 0;
}

static int sign_with_nonce(unsigned char pub[32], unsigned char sig[64], const unsigned char hash[32],
                           const unsigned char sec[32], const unsigned char k[32])
{
    unsigned char R[32];
    if (ons_scalarmult_base(pub, sec) != 0 || ons_scalarmult_base(R, k) != 0) {
        return -1;
    }
    hash_to_scalar(sig, hash, pub, R);
    ons_scalar_mulsub(sig + 32, sig, sec, k); /* r = k - c * sec */
    return 0;
}

/* ------------------------------------------------------------------------- */

static void test_version(void)
{
    check(strcmp(ons_version(), "onscrypto 1") == 0, "ons_version: %s", ons_version());
}

static void test_keccak(void)
{
    unsigned char msg[512], out[32];
    for (size_t i = 0; i < N_ELEMS(keccak_kat); i++) {
        size_t n = unhex(msg, sizeof msg, keccak_kat[i].msg);
        check(ons_keccak256(out, msg, n) == 0 && eq_hex(out, 32, keccak_kat[i].out), "keccak256 of %zu bytes", n);
    }
    check(ons_keccak256(out, NULL, 0) == 0 &&
              eq_hex(out, 32, "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"),
          "keccak256(\"\") with a NULL pointer");
    /* in place: out may alias the input */
    unhex(msg, sizeof msg, "616263");
    ons_keccak256(msg, msg, 3);
    check(eq_hex(msg, 32, "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"),
          "keccak256 with out == in");
}

/* The incremental functions give the one-shot digest for every way of
 * splitting the input, across block boundaries; a copied state is independent. */
static void test_keccak_incremental(void)
{
    unsigned char msg[700], one[32], out[32];
    unsigned char state[512], copy[512];
    check(ons_keccak256_statebytes() <= sizeof state, "keccak state fits %zu bytes", ons_keccak256_statebytes());
    for (size_t i = 0; i < sizeof msg; i++) {
        msg[i] = (unsigned char) (i * 7 + 3);
    }
    static const size_t lens[] = {0, 1, 135, 136, 137, 271, 272, 273, 700};
    static const size_t steps[] = {1, 7, 135, 136, 137, 1000};
    for (size_t li = 0; li < N_ELEMS(lens); li++) {
        size_t n = lens[li];
        ons_keccak256(one, msg, n);
        for (size_t si = 0; si < N_ELEMS(steps); si++) {
            ons_keccak256_init(state);
            for (size_t at = 0; at < n; at += steps[si]) {
                size_t k = n - at < steps[si] ? n - at : steps[si];
                ons_keccak256_update(state, msg + at, k);
            }
            ons_keccak256_final(state, out);
            check(memcmp(out, one, 32) == 0, "incremental keccak256 of %zu bytes in steps of %zu", n, steps[si]);
        }
    }
    /* known answer through the incremental path: "abc" as "a" + "bc" */
    ons_keccak256_init(state);
    ons_keccak256_update(state, (const unsigned char *) "a", 1);
    memcpy(copy, state, ons_keccak256_statebytes());
    ons_keccak256_update(state, (const unsigned char *) "bc", 2);
    ons_keccak256_final(state, out);
    check(eq_hex(out, 32, "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"),
          "incremental keccak256(\"abc\")");
    ons_keccak256_final(copy, out);
    check(eq_hex(out, 32, "3ac225168df54212a25c1c01fd35bebfea408fdac2e31ddd6f80a4bbf9a5f1cb"),
          "a copied state finishes on its own: keccak256(\"a\")");
    unsigned char zero[512] = {0};
    check(memcmp(state, zero, ons_keccak256_statebytes()) == 0, "final wipes the state");
}

static void test_decode(void)
{
    unsigned char p[32];
    for (size_t i = 0; i < N_ELEMS(decode_kat); i++) {
        unhex32(p, decode_kat[i].p);
        int got = ons_point_is_valid(p);
        check(got == (decode_kat[i].valid ? 0 : -1), "point_is_valid %s (%s): got %d", decode_kat[i].p,
              decode_kat[i].comment, got);
    }
}

static void test_scalarmult_base(void)
{
    unsigned char s[32], q[32];
    for (size_t i = 0; i < N_ELEMS(base_kat); i++) {
        unhex32(s, base_kat[i].s);
        memset(q, 0xaa, 32);
        int rc = ons_scalarmult_base(q, s);
        if (base_kat[i].ok) {
            check(rc == 0 && eq_hex(q, 32, base_kat[i].q), "scalarmult_base %s", base_kat[i].s);
        } else {
            static const unsigned char untouched[32] = {
                0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa,
                0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa, 0xaa};
            check(rc == -1 && memcmp(q, untouched, 32) == 0, "scalarmult_base must reject %s", base_kat[i].s);
        }
    }
}

static void test_double_scalarmult(void)
{
    unsigned char a[32], p[32], b[32], r[32];
    for (size_t i = 0; i < N_ELEMS(dsm_kat); i++) {
        unhex32(a, dsm_kat[i].a);
        unhex32(p, dsm_kat[i].p);
        unhex32(b, dsm_kat[i].b);
        check(ons_double_scalarmult_base_vartime(r, a, p, b) == 0 && eq_hex(r, 32, dsm_kat[i].r),
              "double_scalarmult a=%s P=%s b=%s", dsm_kat[i].a, dsm_kat[i].p, dsm_kat[i].b);
    }
    for (size_t i = 0; i < N_ELEMS(decode_kat); i++) {
        if (!decode_kat[i].valid) {
            unhex32(p, decode_kat[i].p);
            memset(r, 0x55, 32);
            check(ons_double_scalarmult_base_vartime(r, a, p, b) == -1 && r[0] == 0x55 && r[31] == 0x55,
                  "double_scalarmult must reject P=%s", decode_kat[i].p);
        }
    }
}

static void test_point_add(void)
{
    unsigned char p[32], q[32], r[32], bad[32];
    for (size_t i = 0; i < N_ELEMS(add_kat); i++) {
        unhex32(p, add_kat[i].p);
        unhex32(q, add_kat[i].q);
        check(ons_point_add(r, p, q) == 0 && eq_hex(r, 32, add_kat[i].r), "point_add %s + %s", add_kat[i].p,
              add_kat[i].q);
    }
    unhex32(bad, "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    check(ons_point_add(r, G_BYTES, bad) == -1 && ons_point_add(r, bad, G_BYTES) == -1,
          "point_add must reject an invalid operand");
}

static void test_scalars(void)
{
    unsigned char a[32], b[32], c[32], wide[64], r[32];
    for (size_t i = 0; i < N_ELEMS(scalar_kat); i++) {
        const struct scalar_kat *k = &scalar_kat[i];
        unhex32(a, k->a);
        unhex32(b, k->b);
        unhex32(c, k->c);
        unhex(wide, 64, k->wide);
        check(ons_scalar_reduce32(r, a) == 0 && eq_hex(r, 32, k->reduce32), "reduce32 %s", k->a);
        check(ons_scalar_reduce64(r, wide) == 0 && eq_hex(r, 32, k->reduce64), "reduce64 %s", k->wide);
        check(ons_scalar_add(r, a, b) == 0 && eq_hex(r, 32, k->add), "add %s %s", k->a, k->b);
        check(ons_scalar_mul(r, a, b) == 0 && eq_hex(r, 32, k->mul), "mul %s %s", k->a, k->b);
        check(ons_scalar_mulsub(r, a, b, c) == 0 && eq_hex(r, 32, k->mulsub), "mulsub %s %s %s", k->a, k->b,
              k->c);
        /* outputs may alias inputs */
        ons_scalar_mulsub(c, a, b, c);
        check(eq_hex(c, 32, k->mulsub), "mulsub with r == c");
        ons_scalar_mul(a, a, b);
        check(eq_hex(a, 32, k->mul), "mul with r == a");
    }
    for (size_t i = 0; i < N_ELEMS(canonical_kat); i++) {
        unhex32(a, canonical_kat[i].s);
        check(ons_scalar_is_canonical(a) == (canonical_kat[i].canonical ? 0 : -1), "is_canonical %s",
              canonical_kat[i].s);
    }
}

static void test_signatures(void)
{
    unsigned char hash[32], pub[32], sig[64], sec[32], k[32], pub2[32], sig2[64];
    for (size_t i = 0; i < N_ELEMS(verify_kat); i++) {
        unhex32(hash, verify_kat[i].hash);
        unhex32(pub, verify_kat[i].pub);
        unhex(sig, 64, verify_kat[i].sig);
        check(check_signature(hash, pub, sig) == verify_kat[i].valid, "check_signature: %s",
              verify_kat[i].comment);
    }
    for (size_t i = 0; i < N_ELEMS(sign_kat); i++) {
        unhex32(hash, sign_kat[i].hash);
        unhex32(sec, sign_kat[i].sec);
        unhex32(k, sign_kat[i].k);
        check(sign_with_nonce(pub2, sig2, hash, sec, k) == 0 && eq_hex(pub2, 32, sign_kat[i].pub) &&
                  eq_hex(sig2, 64, sign_kat[i].sig),
              "generate_signature with nonce %s", sign_kat[i].k);
        check(check_signature(hash, pub2, sig2), "signature %zu verifies", i);
    }
}

/* Every table entry, recomputed by a path that does not use it. */
static void test_tables(void)
{
    unsigned char s[32], zero[32] = {0}, q1[32], q2[32], q3[32];
    for (int i = 0; i < 32; i++) {
        int ok = 1;
        for (int j = 1; j <= 8; j++) {
            memset(s, 0, 32);
            s[i] = (unsigned char)j; /* j * 256^i */
            ok &= ons_scalarmult_base(q1, s) == 0;
            ok &= ons_double_scalarmult_base_vartime(q2, s, G_BYTES, zero) == 0; /* P side: no table */
            ok &= memcmp(q1, q2, 32) == 0;
        }
        check(ok, "comb table row %d", i);
    }
    int ok = 1;
    for (unsigned k = 1; k < 128; k += 2) {
        le_small(s, k);
        ok &= ons_double_scalarmult_base_vartime(q3, zero, G_BYTES, s) == 0; /* G side: the odd table */
        ok &= ons_double_scalarmult_base_vartime(q2, s, G_BYTES, zero) == 0;
        ok &= memcmp(q2, q3, 32) == 0;
    }
    check(ok, "odd-multiples table");
}

static void test_random_consistency(void)
{
    enum { ROUNDS = 64 };
    unsigned char a[32], b[32], s[32], t[32], u[32], wide[64];
    unsigned char qa[32], qb[32], q1[32], q2[32], hash[32], sec[32], k[32], pub[32], sig[64];
    int hom = 1, dsm = 1, dsm_wide = 1, sc_id = 1, roundtrip = 1, tamper = 1;

    for (int i = 0; i < ROUNDS; i++) {
        rand_scalar(a);
        rand_scalar(b);
        /* aG + bG = (a + b)G */
        ons_scalarmult_base(qa, a);
        ons_scalarmult_base(qb, b);
        ons_point_add(q1, qa, qb);
        ons_scalar_add(s, a, b);
        ons_scalarmult_base(q2, s);
        hom &= memcmp(q1, q2, 32) == 0;
        /* a(bG) + sG = (ab + s)G, with the wNAF path */
        ons_scalar_mul(t, a, b);
        ons_scalar_add(t, t, s);
        ons_scalarmult_base(q1, t);
        ons_double_scalarmult_base_vartime(q2, a, qb, s);
        dsm &= memcmp(q1, q2, 32) == 0;
        /* full-width scalars: G has order l, so a'G + b'G = (a' + b' mod l)G */
        rand_bytes(a, 32);
        rand_bytes(b, 32);
        a[31] |= 0x80; /* exercise the top bit and the 257th wNAF digit */
        ons_scalar_add(s, a, b);
        ons_scalarmult_base(q1, s);
        ons_double_scalarmult_base_vartime(q2, a, G_BYTES, b);
        dsm_wide &= memcmp(q1, q2, 32) == 0;
        /* (c - ab) + ab = c mod l, for unreduced inputs */
        rand_bytes(u, 32);
        ons_scalar_mulsub(s, a, b, u);
        ons_scalar_mul(t, b, a);
        ons_scalar_add(s, s, t);
        ons_scalar_reduce32(t, u);
        memset(wide, 0, 64);
        memcpy(wide, u, 32);
        ons_scalar_reduce64(q1, wide);
        sc_id &= memcmp(s, t, 32) == 0 && memcmp(q1, t, 32) == 0;
        /* sign / verify, and any flipped bit fails */
        rand_bytes(hash, 32);
        rand_scalar(sec);
        rand_scalar(k);
        if (sign_with_nonce(pub, sig, hash, sec, k) != 0) {
            roundtrip = 0;
            continue;
        }
        roundtrip &= check_signature(hash, pub, sig);
        int bit = (int)(rng_state % (64 * 8));
        sig[bit / 8] ^= (unsigned char)(1u << (bit % 8));
        tamper &= !check_signature(hash, pub, sig);
        sig[bit / 8] ^= (unsigned char)(1u << (bit % 8));
        hash[i % 32] ^= 1;
        tamper &= !check_signature(hash, pub, sig);
    }
    check(hom, "aG + bG == (a+b)G");
    check(dsm, "a(bG) + sG == (ab+s)G");
    check(dsm_wide, "double_scalarmult with full-width scalars");
    check(sc_id, "scalar identities");
    check(roundtrip, "sign / verify round trip");
    check(tamper, "tampered signatures fail");
}

int main(void)
{
    test_version();
    test_keccak();
    test_keccak_incremental();
    test_decode();
    test_scalarmult_base();
    test_double_scalarmult();
    test_point_add();
    test_scalars();
    test_signatures();
    test_tables();
    test_random_consistency();
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
