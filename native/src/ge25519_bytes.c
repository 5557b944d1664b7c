/*
 * Point encoding and decoding (standard 32-byte compressed ed25519 form:
 * y little-endian in bits 0..254, the parity of x in bit 255).
 */
#include <string.h>

#include "ge25519.h"

int ons_ge_frombytes(ons_ge_p3 *h, const unsigned char s[32])
{
    unsigned char canon[32];
    ons_fe y, u, v, v3, x, vxx, t;
    const unsigned sign = s[31] >> 7;

    ons_fe_frombytes(&y, s);
    /* y must be canonical: re-encoding must give back the low 255 bits. That
     * rejects y = p .. 2^255 - 1, which a plain reduction would quietly accept. */
    ons_fe_tobytes(canon, &y);
    canon[31] |= (unsigned char)(sign << 7);
    if (memcmp(canon, s, 32) != 0) {
        return -1;
    }

    /* x^2 = u / v with u = y^2 - 1, v = d y^2 + 1 (v is never 0: -1/d is not a square). */
    ons_fe_1(&t);
    ons_fe_sqr(&u, &y);
    ons_fe_mul(&v, &u, &ons_fe_d);
    ons_fe_sub(&u, &u, &t);
    ons_fe_add(&v, &v, &t);

    /* Candidate root x = u v^3 (u v^7)^((p-5)/8): one exponentiation and no
     * inversion. Then v x^2 is u (x is a root), -u (x * sqrt(-1) is a root), or
     * neither (u/v is not a square). */
    ons_fe_sqr(&v3, &v);
    ons_fe_mul(&v3, &v3, &v);      /* v^3 */
    ons_fe_sqr(&x, &v3);
    ons_fe_mul(&x, &x, &v);        /* v^7 */
    ons_fe_mul(&x, &x, &u);        /* u v^7 */
    ons_fe_pow_p58(&x, &x);
    ons_fe_mul(&x, &x, &v3);
    ons_fe_mul(&x, &x, &u);        /* u v^3 (u v^7)^((p-5)/8) */

    ons_fe_sqr(&vxx, &x);
    ons_fe_mul(&vxx, &vxx, &v);
    ons_fe_sub(&t, &vxx, &u);
    if (!ons_fe_iszero(&t)) {
        ons_fe_add(&t, &vxx, &u);
        if (!ons_fe_iszero(&t)) {
            return -1;
        }
        ons_fe_mul(&x, &x, &ons_fe_sqrtm1);
    }

    if ((unsigned)ons_fe_isnegative(&x) != sign) {
        /* x = 0 has no negative: oxen-core rejects the encoding with bit 255
         * set (y = 1 or y = -1 with the sign bit) instead of ignoring the bit. */
        if (ons_fe_iszero(&x)) {
            return -1;
        }
        ons_fe_neg(&x, &x);
    }

    h->X = x;
    h->Y = y;
    ons_fe_1(&h->Z);
    ons_fe_mul(&h->T, &x, &y);
    return 0;
}

static void encode_xyz(unsigned char s[32], const ons_fe *X, const ons_fe *Y, const ons_fe *Z)
{
    ons_fe zinv, x, y;
    ons_fe_invert(&zinv, Z);
    ons_fe_mul(&x, X, &zinv);
    ons_fe_mul(&y, Y, &zinv);
    ons_fe_tobytes(s, &y);
    s[31] |= (unsigned char)(ons_fe_isnegative(&x) << 7);
}

void ons_ge_p2_tobytes(unsigned char s[32], const ons_ge_p2 *h)
{
    encode_xyz(s, &h->X, &h->Y, &h->Z);
}

void ons_ge_p3_tobytes(unsigned char s[32], const ons_ge_p3 *h)
{
    encode_xyz(s, &h->X, &h->Y, &h->Z);
}
