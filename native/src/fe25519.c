/*
 * Multiplication, squaring, exponentiation and byte conversion mod 2^255 - 19.
 * Products of 51-bit limbs are accumulated in unsigned __int128; limbs that
 * overflow past 2^255 wrap to the bottom multiplied by 19, as 2^255 = 19 (mod p).
 */
#include "fe25519.h"
#include "util.h"

typedef unsigned __int128 u128;

#ifdef ONS_FE_CHECK_BOUNDS
#include <stdio.h>
#include <stdlib.h>

void ons_fe_check_bound(const ons_fe *f, uint64_t bound)
{
    for (int i = 0; i < 5; i++) {
        if (f->v[i] >= bound) {
            fprintf(stderr, "ons_fe bound violated: limb %d = %#llx >= %#llx\n", i,
                    (unsigned long long)f->v[i], (unsigned long long)bound);
            abort();
        }
    }
}
#endif

#define MUL_BOUND ((uint64_t)1 << 54)

/*
 * Carries the five 128-bit column sums into tight 64-bit limbs. Column sums
 * stay below 2^115 for inputs < 2^54, so every carry (sum >> 51) fits in 64 bits;
 * the final wrap-around carry times 19 may not, hence the 128-bit step there.
 */
static inline void carry_columns(ons_fe *h, u128 t0, u128 t1, u128 t2, u128 t3, u128 t4)
{
    uint64_t r0, r1, r2, r3, r4;
    t1 += (uint64_t)(t0 >> 51);
    r0 = (uint64_t)t0 & ONS_FE_MASK51;
    t2 += (uint64_t)(t1 >> 51);
    r1 = (uint64_t)t1 & ONS_FE_MASK51;
    t3 += (uint64_t)(t2 >> 51);
    r2 = (uint64_t)t2 & ONS_FE_MASK51;
    t4 += (uint64_t)(t3 >> 51);
    r3 = (uint64_t)t3 & ONS_FE_MASK51;
    r4 = (uint64_t)t4 & ONS_FE_MASK51;
    u128 w = (u128)(uint64_t)(t4 >> 51) * 19 + r0;
    r0 = (uint64_t)w & ONS_FE_MASK51;
    r1 += (uint64_t)(w >> 51); /* < 2^17, so r1 < 2^51 + 2^17 */
    h->v[0] = r0;
    h->v[1] = r1;
    h->v[2] = r2;
    h->v[3] = r3;
    h->v[4] = r4;
}

void ons_fe_mul(ons_fe *h, const ons_fe *f, const ons_fe *g)
{
    ONS_FE_BOUND(f, MUL_BOUND);
    ONS_FE_BOUND(g, MUL_BOUND);
    const uint64_t f0 = f->v[0], f1 = f->v[1], f2 = f->v[2], f3 = f->v[3], f4 = f->v[4];
    const uint64_t g0 = g->v[0], g1 = g->v[1], g2 = g->v[2], g3 = g->v[3], g4 = g->v[4];
    /* limb products that reach 2^255 or beyond come back multiplied by 19 */
    const uint64_t g1_19 = 19 * g1, g2_19 = 19 * g2, g3_19 = 19 * g3, g4_19 = 19 * g4;

    u128 t0 = (u128)f0 * g0 + (u128)f1 * g4_19 + (u128)f2 * g3_19 + (u128)f3 * g2_19 + (u128)f4 * g1_19;
    u128 t1 = (u128)f0 * g1 + (u128)f1 * g0 + (u128)f2 * g4_19 + (u128)f3 * g3_19 + (u128)f4 * g2_19;
    u128 t2 = (u128)f0 * g2 + (u128)f1 * g1 + (u128)f2 * g0 + (u128)f3 * g4_19 + (u128)f4 * g3_19;
    u128 t3 = (u128)f0 * g3 + (u128)f1 * g2 + (u128)f2 * g1 + (u128)f3 * g0 + (u128)f4 * g4_19;
    u128 t4 = (u128)f0 * g4 + (u128)f1 * g3 + (u128)f2 * g2 + (u128)f3 * g1 + (u128)f4 * g0;
    carry_columns(h, t0, t1, t2, t3, t4);
}

void ons_fe_sqr(ons_fe *h, const ons_fe *f)
{
    ONS_FE_BOUND(f, MUL_BOUND);
    const uint64_t f0 = f->v[0], f1 = f->v[1], f2 = f->v[2], f3 = f->v[3], f4 = f->v[4];
    /* symmetric cross products appear twice: fold the 2 into one factor */
    const uint64_t f0_2 = 2 * f0, f1_2 = 2 * f1;
    const uint64_t f3_19 = 19 * f3, f4_19 = 19 * f4, f3_38 = 38 * f3, f4_38 = 38 * f4;

    u128 t0 = (u128)f0 * f0 + (u128)f1 * f4_38 + (u128)f2 * f3_38;
    u128 t1 = (u128)f0_2 * f1 + (u128)f2 * f4_38 + (u128)f3 * f3_19;
    u128 t2 = (u128)f0_2 * f2 + (u128)f1 * f1 + (u128)f3 * f4_38;
    u128 t3 = (u128)f0_2 * f3 + (u128)f1_2 * f2 + (u128)f4 * f4_19;
    u128 t4 = (u128)f0_2 * f4 + (u128)f1_2 * f3 + (u128)f2 * f2;
    carry_columns(h, t0, t1, t2, t3, t4);
}

/* h = f^(2^n) */
static void sqr_times(ons_fe *h, const ons_fe *f, int n)
{
    ons_fe_sqr(h, f);
    for (int i = 1; i < n; i++) {
        ons_fe_sqr(h, h);
    }
}

/*
 * Shared prefix of both exponentiations (the addition chain of the Curve25519
 * paper): z11 = f^11 and z250 = f^(2^250 - 1). 254 squarings, 11 multiplications.
 */
static void pow_chain(ons_fe *z11, ons_fe *z250, const ons_fe *f)
{
    ons_fe z2, z9, t, z5_0, z10_0, z20_0, z50_0, z100_0;

    ons_fe_sqr(&z2, f);                 /* 2 */
    sqr_times(&t, &z2, 2);              /* 8 */
    ons_fe_mul(&z9, &t, f);             /* 9 */
    ons_fe_mul(z11, &z9, &z2);          /* 11 */
    ons_fe_sqr(&t, z11);                /* 22 */
    ons_fe_mul(&z5_0, &t, &z9);         /* 31 = 2^5 - 1 */
    sqr_times(&t, &z5_0, 5);
    ons_fe_mul(&z10_0, &t, &z5_0);      /* 2^10 - 1 */
    sqr_times(&t, &z10_0, 10);
    ons_fe_mul(&z20_0, &t, &z10_0);     /* 2^20 - 1 */
    sqr_times(&t, &z20_0, 20);
    ons_fe_mul(&t, &t, &z20_0);         /* 2^40 - 1 */
    sqr_times(&t, &t, 10);
    ons_fe_mul(&z50_0, &t, &z10_0);     /* 2^50 - 1 */
    sqr_times(&t, &z50_0, 50);
    ons_fe_mul(&z100_0, &t, &z50_0);    /* 2^100 - 1 */
    sqr_times(&t, &z100_0, 100);
    ons_fe_mul(&t, &t, &z100_0);        /* 2^200 - 1 */
    sqr_times(&t, &t, 50);
    ons_fe_mul(z250, &t, &z50_0);       /* 2^250 - 1 */
}

void ons_fe_invert(ons_fe *h, const ons_fe *f)
{
    ons_fe z11, z250, t;
    pow_chain(&z11, &z250, f);
    sqr_times(&t, &z250, 5);            /* 2^255 - 32 */
    ons_fe_mul(h, &t, &z11);            /* 2^255 - 21 = p - 2 */
}

void ons_fe_pow_p58(ons_fe *h, const ons_fe *f)
{
    ons_fe z11, z250, t;
    pow_chain(&z11, &z250, f);
    sqr_times(&t, &z250, 2);            /* 2^252 - 4 */
    ons_fe_mul(h, &t, f);               /* 2^252 - 3 = (p - 5) / 8 */
}

void ons_fe_frombytes(ons_fe *h, const unsigned char s[32])
{
    uint64_t w0 = ons_load64_le(s), w1 = ons_load64_le(s + 8);
    uint64_t w2 = ons_load64_le(s + 16), w3 = ons_load64_le(s + 24);
    h->v[0] = w0 & ONS_FE_MASK51;
    h->v[1] = ((w0 >> 51) | (w1 << 13)) & ONS_FE_MASK51;
    h->v[2] = ((w1 >> 38) | (w2 << 26)) & ONS_FE_MASK51;
    h->v[3] = ((w2 >> 25) | (w3 << 39)) & ONS_FE_MASK51;
    h->v[4] = (w3 >> 12) & ONS_FE_MASK51; /* drops bit 255 */
}

void ons_fe_tobytes(unsigned char s[32], const ons_fe *f)
{
    ons_fe h = *f;
    uint64_t q;

    /* Two carry passes bring every limb below 2^51, i.e. 0 <= h < 2^255. */
    ons_fe_carry(&h);
    ons_fe_carry(&h);
    /* h >= p exactly when h + 19 carries into bit 255; q is that carry. */
    q = (h.v[0] + 19) >> 51;
    q = (h.v[1] + q) >> 51;
    q = (h.v[2] + q) >> 51;
    q = (h.v[3] + q) >> 51;
    q = (h.v[4] + q) >> 51;
    /* h - q*p = h + 19q - q*2^255: add 19q, carry, and drop bit 255. */
    h.v[0] += 19 * q;
    for (int i = 0; i < 4; i++) {
        h.v[i + 1] += h.v[i] >> 51;
        h.v[i] &= ONS_FE_MASK51;
    }
    h.v[4] &= ONS_FE_MASK51;

    ons_store64_le(s, h.v[0] | (h.v[1] << 51));
    ons_store64_le(s + 8, (h.v[1] >> 13) | (h.v[2] << 38));
    ons_store64_le(s + 16, (h.v[2] >> 26) | (h.v[3] << 25));
    ons_store64_le(s + 24, (h.v[3] >> 39) | (h.v[4] << 12));
}

int ons_fe_iszero(const ons_fe *f)
{
    unsigned char s[32];
    unsigned acc = 0;
    ons_fe_tobytes(s, f);
    for (int i = 0; i < 32; i++) {
        acc |= s[i];
    }
    /* acc - 1 underflows (sets bit 8 and up) only when acc == 0 */
    return (int)(((acc - 1) >> 8) & 1);
}

int ons_fe_isnegative(const ons_fe *f)
{
    unsigned char s[32];
    ons_fe_tobytes(s, f);
    return s[0] & 1;
}
