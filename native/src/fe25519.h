/*
 * Field arithmetic modulo p = 2^255 - 19 (internal).
 *
 * An element is five unsigned 64-bit limbs in radix 2^51: v[0] + v[1]*2^51 + ...
 * + v[4]*2^204. Limbs may exceed 51 bits ("unreduced"); only tobytes produces
 * the canonical value. Bounds, which the ge code relies on:
 *   - mul, sqr, sub, carry and frombytes return "tight" limbs, < 2^51 + 2^18;
 *   - add does not carry: the sum of k tight elements has limbs < k * 2^52;
 *   - mul and sqr accept limbs < 2^54 (so sums of up to 7 tight elements);
 *   - sub accepts any minuend with limbs < 2^60 and a subtrahend with limbs
 *     < 2^53 - 76 (it adds 4p before subtracting, so nothing underflows).
 * Build with -DONS_FE_CHECK_BOUNDS to abort() when a bound is broken.
 * Everything here is constant time (no branches or indices on values).
 */
#ifndef ONS_FE25519_H
#define ONS_FE25519_H

#include <stdint.h>

typedef struct {
    uint64_t v[5];
} ons_fe;

#define ONS_FE_MASK51 ((uint64_t)0x7ffffffffffffULL)

#ifdef ONS_FE_CHECK_BOUNDS
void ons_fe_check_bound(const ons_fe *f, uint64_t bound);
#define ONS_FE_BOUND(f, b) ons_fe_check_bound((f), (b))
#else
#define ONS_FE_BOUND(f, b) ((void)0)
#endif

static inline void ons_fe_0(ons_fe *h)
{
    for (int i = 0; i < 5; i++) {
        h->v[i] = 0;
    }
}

static inline void ons_fe_1(ons_fe *h)
{
    ons_fe_0(h);
    h->v[0] = 1;
}

static inline void ons_fe_copy(ons_fe *h, const ons_fe *f)
{
    *h = *f;
}

/* h = f + g without carrying (see the bounds above). */
static inline void ons_fe_add(ons_fe *h, const ons_fe *f, const ons_fe *g)
{
    for (int i = 0; i < 5; i++) {
        h->v[i] = f->v[i] + g->v[i];
    }
    ONS_FE_BOUND(h, (uint64_t)1 << 60);
}

/* One carry pass: limbs < 2^51 except v[0] < 2^51 + 19 * 2^13 (inputs < 2^64). */
static inline void ons_fe_carry(ons_fe *h)
{
    uint64_t c;
    for (int i = 0; i < 4; i++) {
        c = h->v[i] >> 51;
        h->v[i] &= ONS_FE_MASK51;
        h->v[i + 1] += c;
    }
    c = h->v[4] >> 51;
    h->v[4] &= ONS_FE_MASK51;
    h->v[0] += 19 * c; /* 2^255 = 19 (mod p) */
}

/* h = f - g, computed as f + 4p - g so that no limb goes negative, then carried. */
static inline void ons_fe_sub(ons_fe *h, const ons_fe *f, const ons_fe *g)
{
    ONS_FE_BOUND(g, ((uint64_t)1 << 53) - 76);
    h->v[0] = (f->v[0] + 0x1fffffffffffb4ULL) - g->v[0]; /* 4 * (2^51 - 19) */
    for (int i = 1; i < 5; i++) {
        h->v[i] = (f->v[i] + 0x1ffffffffffffcULL) - g->v[i]; /* 4 * (2^51 - 1) */
    }
    ons_fe_carry(h);
}

static inline void ons_fe_neg(ons_fe *h, const ons_fe *f)
{
    ons_fe zero;
    ons_fe_0(&zero);
    ons_fe_sub(h, &zero, f);
}

/* f = g if b == 1, unchanged if b == 0 (b must be 0 or 1), without branching. */
static inline void ons_fe_cmov(ons_fe *f, const ons_fe *g, unsigned b)
{
    uint64_t mask = (uint64_t)0 - (uint64_t)b;
    for (int i = 0; i < 5; i++) {
        f->v[i] ^= mask & (f->v[i] ^ g->v[i]);
    }
}

/* Swap f and g if b == 1, without branching. */
static inline void ons_fe_cswap(ons_fe *f, ons_fe *g, unsigned b)
{
    uint64_t mask = (uint64_t)0 - (uint64_t)b;
    for (int i = 0; i < 5; i++) {
        uint64_t x = mask & (f->v[i] ^ g->v[i]);
        f->v[i] ^= x;
        g->v[i] ^= x;
    }
}

void ons_fe_mul(ons_fe *h, const ons_fe *f, const ons_fe *g);
void ons_fe_sqr(ons_fe *h, const ons_fe *f);
/* h = f^(p-2) = 1/f (0 for f = 0). */
void ons_fe_invert(ons_fe *h, const ons_fe *f);
/* h = f^((p-5)/8) = f^(2^252 - 3), the core of the square root in point decoding. */
void ons_fe_pow_p58(ons_fe *h, const ons_fe *f);
/* Reads 32 little-endian bytes, ignoring bit 255 (the caller checks canonicity). */
void ons_fe_frombytes(ons_fe *h, const unsigned char s[32]);
/* Writes the canonical value (0 <= x < p), 32 bytes little-endian, bit 255 clear. */
void ons_fe_tobytes(unsigned char s[32], const ons_fe *f);
/* 1 if f = 0 (mod p), else 0. */
int ons_fe_iszero(const ons_fe *f);
/* Low bit of the canonical value: ed25519's "sign" of x. */
int ons_fe_isnegative(const ons_fe *f);

#endif
