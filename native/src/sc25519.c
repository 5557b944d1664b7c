/*
 * Arithmetic mod l on 64-bit limbs. Every result goes through one routine,
 * Barrett reduction of a 512-bit integer (Handbook of Applied Cryptography,
 * Algorithm 14.42, base b = 2^64, k = 4), followed by two masked conditional
 * subtractions of l, so the instruction sequence never depends on the values.
 */
#include <stdint.h>

#include "sc25519.h"
#include "util.h"

typedef unsigned __int128 u128;

/* l, little-endian limbs */
static const uint64_t L[4] = {0x5812631a5cf5d3edULL, 0x14def9dea2f79cd6ULL, 0x0000000000000000ULL,
                              0x1000000000000000ULL};
/* mu = floor(2^512 / l), a 261-bit constant */
static const uint64_t MU[5] = {0xed9ce5a30a2c131bULL, 0x2106215d086329a7ULL, 0xffffffffffffffebULL,
                               0xffffffffffffffffULL, 0x000000000000000fULL};

/* r[0 .. na+nb-1] = a * b (schoolbook) */
static void mul_limbs(uint64_t *r, const uint64_t *a, int na, const uint64_t *b, int nb)
{
    for (int i = 0; i < na + nb; i++) {
        r[i] = 0;
    }
    for (int i = 0; i < na; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < nb; j++) {
            u128 t = (u128)a[i] * b[j] + r[i + j] + carry;
            r[i + j] = (uint64_t)t;
            carry = (uint64_t)(t >> 64);
        }
        r[i + nb] = carry;
    }
}

/* r = r - l if r >= l (r has 5 limbs, r < 2^320), branch-free */
static void csub_l(uint64_t r[5])
{
    uint64_t t[5], borrow = 0;
    for (int i = 0; i < 5; i++) {
        uint64_t li = i < 4 ? L[i] : 0;
        u128 d = (u128)r[i] - li - borrow;
        t[i] = (uint64_t)d;
        borrow = (uint64_t)(d >> 64) & 1; /* 1 when the limb went negative */
    }
    /* keep t when no borrow came out, i.e. when r >= l */
    uint64_t keep_t = borrow - 1;
    for (int i = 0; i < 5; i++) {
        r[i] = (t[i] & keep_t) | (r[i] & ~keep_t);
    }
}

/* out = x mod l for any 512-bit x (8 limbs) */
static void reduce512(uint64_t out[4], const uint64_t x[8])
{
    uint64_t q2[10], qlr[9], r[5];

    /* q3 = floor(floor(x / 2^192) * mu / 2^320) is floor(x / l) or at most 2 below it */
    mul_limbs(q2, x + 3, 5, MU, 5);
    /* r = x - q3 * l, computed mod 2^320 (the true value is below 3l < 2^320) */
    mul_limbs(qlr, q2 + 5, 5, L, 4);
    uint64_t borrow = 0;
    for (int i = 0; i < 5; i++) {
        u128 d = (u128)x[i] - qlr[i] - borrow;
        r[i] = (uint64_t)d;
        borrow = (uint64_t)(d >> 64) & 1;
    }
    /* HAC bounds the estimate by 2 below the true quotient. For this l it is
     * never more than 1 below (2^512/l - mu = 0.225, so the estimate errs by
     * less than 0.23), so the second subtraction never changes r: it is kept
     * as the generic guarantee, at the cost of a few nanoseconds. */
    csub_l(r);
    csub_l(r);
    for (int i = 0; i < 4; i++) {
        out[i] = r[i];
    }
    ons_memzero(q2, sizeof q2);
    ons_memzero(qlr, sizeof qlr);
    ons_memzero(r, sizeof r);
}

static void load_limbs(uint64_t *r, const unsigned char *s, int n)
{
    for (int i = 0; i < n; i++) {
        r[i] = ons_load64_le(s + 8 * i);
    }
}

static void store_limbs(unsigned char r[32], const uint64_t a[4])
{
    for (int i = 0; i < 4; i++) {
        ons_store64_le(r + 8 * i, a[i]);
    }
}

int ons_sc_is_canonical(const unsigned char s[32])
{
    uint64_t a[4], borrow = 0;
    load_limbs(a, s, 4);
    for (int i = 0; i < 4; i++) {
        u128 d = (u128)a[i] - L[i] - borrow;
        borrow = (uint64_t)(d >> 64) & 1;
    }
    ons_memzero(a, sizeof a);
    return (int)borrow; /* s - l borrows exactly when s < l */
}

void ons_sc_reduce64(unsigned char r[32], const unsigned char s[64])
{
    uint64_t x[8], out[4];
    load_limbs(x, s, 8);
    reduce512(out, x);
    store_limbs(r, out);
    ons_memzero(x, sizeof x);
    ons_memzero(out, sizeof out);
}

void ons_sc_reduce32(unsigned char r[32], const unsigned char s[32])
{
    uint64_t x[8] = {0}, out[4];
    load_limbs(x, s, 4);
    reduce512(out, x);
    store_limbs(r, out);
    ons_memzero(x, sizeof x);
    ons_memzero(out, sizeof out);
}

void ons_sc_add(unsigned char r[32], const unsigned char a[32], const unsigned char b[32])
{
    uint64_t x[8] = {0}, av[4], bv[4], out[4];
    uint64_t carry = 0;
    load_limbs(av, a, 4);
    load_limbs(bv, b, 4);
    for (int i = 0; i < 4; i++) {
        u128 t = (u128)av[i] + bv[i] + carry;
        x[i] = (uint64_t)t;
        carry = (uint64_t)(t >> 64);
    }
    x[4] = carry; /* the 257th bit */
    reduce512(out, x);
    store_limbs(r, out);
    ons_memzero(x, sizeof x);
    ons_memzero(av, sizeof av);
    ons_memzero(bv, sizeof bv);
    ons_memzero(out, sizeof out);
}

/* m = a * b mod l, on limbs */
static void mul_mod_l(uint64_t m[4], const unsigned char a[32], const unsigned char b[32])
{
    uint64_t av[4], bv[4], x[8];
    load_limbs(av, a, 4);
    load_limbs(bv, b, 4);
    mul_limbs(x, av, 4, bv, 4);
    reduce512(m, x);
    ons_memzero(av, sizeof av);
    ons_memzero(bv, sizeof bv);
    ons_memzero(x, sizeof x);
}

void ons_sc_mul(unsigned char r[32], const unsigned char a[32], const unsigned char b[32])
{
    uint64_t m[4];
    mul_mod_l(m, a, b);
    store_limbs(r, m);
    ons_memzero(m, sizeof m);
}

void ons_sc_mulsub(unsigned char r[32], const unsigned char a[32], const unsigned char b[32],
                   const unsigned char c[32])
{
    uint64_t m[4], cr[4], x[8] = {0}, out[4];
    uint64_t borrow = 0, carry = 0;

    mul_mod_l(m, a, b);
    load_limbs(x, c, 4);
    reduce512(cr, x);
    /* c - ab = cr + (l - m) (mod l); with 0 <= m < l the sum is in (0, 2l),
     * so nothing goes negative and one more reduction finishes it. */
    for (int i = 0; i < 4; i++) {
        u128 d = (u128)L[i] - m[i] - borrow;
        m[i] = (uint64_t)d;
        borrow = (uint64_t)(d >> 64) & 1;
    }
    for (int i = 0; i < 4; i++) {
        u128 t = (u128)cr[i] + m[i] + carry;
        x[i] = (uint64_t)t;
        carry = (uint64_t)(t >> 64);
    }
    x[4] = carry;
    reduce512(out, x);
    store_limbs(r, out);
    ons_memzero(m, sizeof m);
    ons_memzero(cr, sizeof cr);
    ons_memzero(x, sizeof x);
    ons_memzero(out, sizeof out);
}
