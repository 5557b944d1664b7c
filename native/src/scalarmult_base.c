/*
 * q = s * G in constant time, with the fixed-window method of Bernstein, Duif,
 * Lange, Schwabe, Yang, "High-speed high-security signatures" (2011), section 4:
 * s is rewritten as sum e_i 16^i with signed digits -8 <= e_i <= 7 (e_63 <= 8),
 * so s*G = sum_i e_(2i) 256^i G + 16 * sum_i e_(2i+1) 256^i G, and each term is
 * a lookup in row i of ons_base_comb: 64 mixed additions and 4 doublings.
 * Each lookup reads all 8 entries of its row and keeps one with masks, so
 * neither branches nor memory addresses depend on the secret digits.
 */
#include "base_tables.h"
#include "ge25519.h"
#include "onscrypto.h"
#include "sc25519.h"
#include "scalarmult.h"
#include "util.h"

/* 1 if a == b, else 0, for small non-negative values, branch-free */
static unsigned ct_eq(unsigned a, unsigned b)
{
    return (unsigned)((((uint32_t)(a ^ b)) - 1) >> 31);
}

/* t = digit * 256^row * G for -8 <= digit <= 8 */
static void select_multiple(ons_ge_precomp *t, int row, signed char digit)
{
    unsigned char ud = (unsigned char)digit;
    unsigned neg = ud >> 7;
    /* |digit| without a branch: subtract 2*digit when negative */
    unsigned abs = (unsigned)(unsigned char)(ud - (((unsigned char)(-(int)neg) & ud) << 1));

    ons_ge_precomp_0(t);
    for (int j = 0; j < 8; j++) {
        ons_ge_precomp_cmov(t, &ons_base_comb[row][j], ct_eq(abs, (unsigned)j + 1));
    }
    ons_ge_precomp_cneg(t, neg);
}

/* s < 2^255 -> 64 signed radix-16 digits, branch-free */
static void recode_radix16(signed char e[64], const unsigned char s[32])
{
    int carry = 0;
    for (int i = 0; i < 32; i++) {
        e[2 * i] = (signed char)(s[i] & 15);
        e[2 * i + 1] = (signed char)(s[i] >> 4);
    }
    /* move each digit from [0, 16] into [-8, 7] by lending 16 to the next one */
    for (int i = 0; i < 63; i++) {
        e[i] = (signed char)(e[i] + carry);
        carry = (e[i] + 8) >> 4;
        e[i] = (signed char)(e[i] - (carry << 4));
    }
    e[63] = (signed char)(e[63] + carry); /* <= 8 as s < 2^255; <= 2 for s < l */
}

void ons_ge_scalarmult_base(ons_ge_p3 *h, const unsigned char s[32])
{
    signed char e[64];
    ons_ge_p2 d;
    ons_ge_p1p1 r;
    ons_ge_precomp t;

    recode_radix16(e, s);
    ons_ge_p3_0(h);
    for (int i = 1; i < 64; i += 2) {
        select_multiple(&t, i / 2, e[i]);
        ons_ge_madd(&r, h, &t);
        ons_ge_p1p1_to_p3(h, &r);
    }
    /* times 16 */
    ons_ge_p3_dbl(&r, h);
    ons_ge_p1p1_to_p2(&d, &r);
    ons_ge_p2_dbl(&r, &d);
    ons_ge_p1p1_to_p2(&d, &r);
    ons_ge_p2_dbl(&r, &d);
    ons_ge_p1p1_to_p2(&d, &r);
    ons_ge_p2_dbl(&r, &d);
    ons_ge_p1p1_to_p3(h, &r);
    for (int i = 0; i < 64; i += 2) {
        select_multiple(&t, i / 2, e[i]);
        ons_ge_madd(&r, h, &t);
        ons_ge_p1p1_to_p3(h, &r);
    }
    /* digits, partial sums and selected entries all reveal s */
    ons_memzero(e, sizeof e);
    ons_memzero(&d, sizeof d);
    ons_memzero(&r, sizeof r);
    ons_memzero(&t, sizeof t);
}

int ons_scalarmult_base(unsigned char q[32], const unsigned char s[32])
{
    ons_ge_p3 h;

    /* Reveals only whether s is reduced, which the return value says anyway. */
    if (!ons_sc_is_canonical(s)) {
        return -1;
    }
    ons_ge_scalarmult_base(&h, s);
    ons_ge_p3_tobytes(q, &h);
    ons_memzero(&h, sizeof h);
    return 0;
}
