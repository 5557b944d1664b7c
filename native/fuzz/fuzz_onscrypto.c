/*
 * libFuzzer driver over every exported ons_* function (see include/onscrypto.h), built with
 * AddressSanitizer and UndefinedBehaviorSanitizer by native/fuzz/run.sh. The first input byte picks
 * the function, the rest are its arguments. Beyond "no crash, no sanitizer report" it checks what
 * the header promises and callers rely on:
 *   - a rejected call (-1) leaves its output buffer untouched;
 *   - results do not depend on where the output lives: computing into a fresh buffer and into a
 *     buffer that aliases an input (r == p, r == a, ...) gives the same bytes and verdict;
 *   - answers agree across entry points (is_valid vs add's verdict, reduce vs canonical, a*G via
 *     scalarmult_base vs double_scalarmult with P = identity, (a+b)-a*1 mulsub identities).
 * Any violation aborts, which libFuzzer reports with the input that caused it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "onscrypto.h"

#define CHECK(cond)                                                                     \
    do {                                                                                \
        if (!(cond)) {                                                                  \
            fprintf(stderr, "fuzz_onscrypto: check failed at line %d: %s\n", __LINE__, #cond); \
            abort();                                                                    \
        }                                                                               \
    } while (0)

static const unsigned char IDENTITY[32] = {1};

/* Fills an output buffer with a pattern that no function writes by accident. */
static void poison(unsigned char *b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        b[i] = (unsigned char)(0xA5 ^ i);
    }
}

static int poisoned(const unsigned char *b, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (b[i] != (unsigned char)(0xA5 ^ i)) {
            return 0;
        }
    }
    return 1;
}

/* Copies up to n bytes of input into a zero-padded fixed-size argument. */
static const uint8_t *take(unsigned char *dst, size_t n, const uint8_t *data, size_t *size) {
    size_t k = *size < n ? *size : n;
    memset(dst, 0, n);
    memcpy(dst, data, k);
    *size -= k;
    return data + k;
}

static void fuzz_keccak(const uint8_t *data, size_t size) {
    unsigned char out[32], again[32];
    CHECK(ons_keccak256(out, data, size) == 0);
    CHECK(ons_keccak256(again, data, size) == 0);
    CHECK(memcmp(out, again, 32) == 0);
    /* In place: the message is the output buffer (up to 32 bytes). */
    if (size <= 32) {
        unsigned char buf[32];
        memcpy(buf, data, size);
        CHECK(ons_keccak256(buf, buf, size) == 0);
        CHECK(memcmp(buf, out, 32) == 0);
    }
}

/* The incremental Keccak: any split of the input gives the one-shot hash; a copied state is an
 * independent state; final wipes the state. */
static void fuzz_keccak_stream(const uint8_t *data, size_t size) {
    size_t n = ons_keccak256_statebytes();
    CHECK(n > 0 && n <= 1024);
    uint64_t st[128], copy[128];
    unsigned char want[32], got[32], fork[32];
    CHECK(ons_keccak256(want, data, size) == 0);
    CHECK(ons_keccak256_init(st) == 0);
    /* Chunk sizes come from the data itself, so the fuzzer explores the rate boundaries. */
    size_t at = 0, half = size / 2;
    int copied = 0;
    while (at < size) {
        size_t len = 1 + (size_t)data[at] % 150;
        if (len > size - at) {
            len = size - at;
        }
        if (!copied && at + len > half) {
            /* Fork the state midway: both continuations must reach the same digest. */
            memcpy(copy, st, n);
            copied = 1;
            CHECK(ons_keccak256_update(copy, data + at, size - at) == 0);
            CHECK(ons_keccak256_final(copy, fork) == 0);
            CHECK(memcmp(fork, want, 32) == 0);
        }
        CHECK(ons_keccak256_update(st, data + at, len) == 0);
        at += len;
    }
    CHECK(ons_keccak256_update(st, data, 0) == 0);
    CHECK(ons_keccak256_final(st, got) == 0);
    CHECK(memcmp(got, want, 32) == 0);
    unsigned char zero[1024] = {0};
    CHECK(memcmp(st, zero, n) == 0); /* wiped */
}

static void fuzz_point(const uint8_t *data, size_t size) {
    unsigned char p[32], q[32], r[32], alias[32];
    data = take(p, 32, data, &size);
    data = take(q, 32, data, &size);
    int pv = ons_point_is_valid(p), qv = ons_point_is_valid(q);
    CHECK(pv == 0 || pv == -1);
    poison(r, 32);
    int rc = ons_point_add(r, p, q);
    CHECK(rc == ((pv == 0 && qv == 0) ? 0 : -1));
    if (rc != 0) {
        CHECK(poisoned(r, 32));
        return;
    }
    CHECK(ons_point_is_valid(r) == 0);
    unsigned char r2[32];
    CHECK(ons_point_add(r2, q, p) == 0);
    CHECK(memcmp(r, r2, 32) == 0); /* commutative */
    memcpy(alias, p, 32);
    CHECK(ons_point_add(alias, alias, q) == 0);
    CHECK(memcmp(alias, r, 32) == 0);
    memcpy(alias, q, 32);
    CHECK(ons_point_add(alias, p, alias) == 0);
    CHECK(memcmp(alias, r, 32) == 0);
    /* p + identity re-encodes p canonically; adding the identity again changes nothing. */
    CHECK(ons_point_add(r2, p, IDENTITY) == 0);
    CHECK(ons_point_add(alias, r2, IDENTITY) == 0);
    CHECK(memcmp(alias, r2, 32) == 0);
}

static void fuzz_scalarmult_base(const uint8_t *data, size_t size) {
    unsigned char s[32], q[32], alias[32], d[32];
    unsigned char zero[32] = {0};
    take(s, 32, data, &size);
    int canonical = ons_scalar_is_canonical(s);
    poison(q, 32);
    int rc = ons_scalarmult_base(q, s);
    CHECK(rc == canonical);
    if (rc != 0) {
        CHECK(poisoned(q, 32));
        return;
    }
    CHECK(ons_point_is_valid(q) == 0);
    memcpy(alias, s, 32);
    CHECK(ons_scalarmult_base(alias, alias) == 0);
    CHECK(memcmp(alias, q, 32) == 0);
    /* 0 * identity + s * G by the variable-time path. */
    CHECK(ons_double_scalarmult_base_vartime(d, zero, IDENTITY, s) == 0);
    CHECK(memcmp(d, q, 32) == 0);
}

static void fuzz_double_scalarmult(const uint8_t *data, size_t size) {
    unsigned char a[32], p[32], b[32], r[32], alias[32];
    data = take(a, 32, data, &size);
    data = take(p, 32, data, &size);
    take(b, 32, data, &size);
    poison(r, 32);
    int rc = ons_double_scalarmult_base_vartime(r, a, p, b);
    CHECK(rc == ons_point_is_valid(p));
    if (rc != 0) {
        CHECK(poisoned(r, 32));
        return;
    }
    CHECK(ons_point_is_valid(r) == 0);
    memcpy(alias, a, 32);
    CHECK(ons_double_scalarmult_base_vartime(alias, alias, p, b) == 0);
    CHECK(memcmp(alias, r, 32) == 0);
    memcpy(alias, p, 32);
    CHECK(ons_double_scalarmult_base_vartime(alias, a, alias, b) == 0);
    CHECK(memcmp(alias, r, 32) == 0);
    memcpy(alias, b, 32);
    CHECK(ons_double_scalarmult_base_vartime(alias, a, p, alias) == 0);
    CHECK(memcmp(alias, r, 32) == 0);
}

static void fuzz_scalars(const uint8_t *data, size_t size) {
    unsigned char a[32], b[32], c[32], wide[64], r[32], r2[32], alias[32];
    data = take(a, 32, data, &size);
    data = take(b, 32, data, &size);
    data = take(c, 32, data, &size);
    memcpy(wide, a, 32);
    memcpy(wide + 32, b, 32);
    int canonical = ons_scalar_is_canonical(a);
    CHECK(canonical == 0 || canonical == -1);

    CHECK(ons_scalar_reduce32(r, a) == 0);
    CHECK(ons_scalar_is_canonical(r) == 0);
    if (canonical == 0) {
        CHECK(memcmp(r, a, 32) == 0);
    }
    memcpy(alias, a, 32);
    CHECK(ons_scalar_reduce32(alias, alias) == 0);
    CHECK(memcmp(alias, r, 32) == 0);

    CHECK(ons_scalar_reduce64(r, wide) == 0);
    CHECK(ons_scalar_is_canonical(r) == 0);
    unsigned char widealias[64];
    memcpy(widealias, wide, 64);
    CHECK(ons_scalar_reduce64(widealias, widealias) == 0);
    CHECK(memcmp(widealias, r, 32) == 0);

    CHECK(ons_scalar_add(r, a, b) == 0);
    CHECK(ons_scalar_is_canonical(r) == 0);
    CHECK(ons_scalar_add(r2, b, a) == 0);
    CHECK(memcmp(r, r2, 32) == 0);
    memcpy(alias, a, 32);
    CHECK(ons_scalar_add(alias, alias, b) == 0);
    CHECK(memcmp(alias, r, 32) == 0);
    memcpy(alias, b, 32);
    CHECK(ons_scalar_add(alias, a, alias) == 0);
    CHECK(memcmp(alias, r, 32) == 0);

    CHECK(ons_scalar_mul(r, a, b) == 0);
    CHECK(ons_scalar_is_canonical(r) == 0);
    CHECK(ons_scalar_mul(r2, b, a) == 0);
    CHECK(memcmp(r, r2, 32) == 0);
    memcpy(alias, a, 32);
    CHECK(ons_scalar_mul(alias, alias, b) == 0);
    CHECK(memcmp(alias, r, 32) == 0);

    /* mulsub: c - a*b; with c = a*b it is 0, and (c - a*b) + a*b = c mod l. */
    unsigned char ab[32];
    CHECK(ons_scalar_mul(ab, a, b) == 0);
    CHECK(ons_scalar_mulsub(r, a, b, c) == 0);
    CHECK(ons_scalar_is_canonical(r) == 0);
    CHECK(ons_scalar_add(r2, r, ab) == 0);
    unsigned char creduced[32];
    CHECK(ons_scalar_reduce32(creduced, c) == 0);
    CHECK(memcmp(r2, creduced, 32) == 0);
    memcpy(alias, c, 32);
    CHECK(ons_scalar_mulsub(alias, a, b, alias) == 0);
    CHECK(memcmp(alias, r, 32) == 0);
    memcpy(alias, a, 32);
    CHECK(ons_scalar_mulsub(alias, alias, b, c) == 0);
    CHECK(memcmp(alias, r, 32) == 0);
    CHECK(ons_scalar_mulsub(r2, a, b, ab) == 0);
    CHECK(memcmp(r2, (unsigned char[32]){0}, 32) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) {
        return 0;
    }
    uint8_t which = data[0];
    data++;
    size--;
    switch (which % 7) {
        case 0: fuzz_keccak(data, size); break;
        case 6: fuzz_keccak_stream(data, size); break;
        case 1: fuzz_point(data, size); break;
        case 2: fuzz_scalarmult_base(data, size); break;
        case 3: fuzz_double_scalarmult(data, size); break;
        case 4: fuzz_scalars(data, size); break;
        default: CHECK(strncmp(ons_version(), "onscrypto ", 10) == 0); break;
    }
    return 0;
}
