/*
 * Points of the twisted Edwards curve -x^2 + y^2 = 1 + d x^2 y^2 over GF(2^255 - 19),
 * d = -121665/121666 (internal). Formulas: Hisil, Wong, Carter, Dawson,
 * "Twisted Edwards curves revisited" (2008), for a = -1. With a = -1 a square and
 * d a non-square the addition law is complete: it needs no special cases, so the
 * same code is correct for the identity, for P + P and for small-order points.
 *
 * Representations (all coordinates are ons_fe):
 *   p2      (X:Y:Z)          x = X/Z, y = Y/Z               — input of doubling
 *   p3      (X:Y:Z:T)        as p2 plus T = XY/Z            — "extended"
 *   p1p1    ((X:Z),(Y:T))    x = X/Z, y = Y/T               — result of add/dbl
 *   cached  (Y+X, Y-X, Z, 2dT)                              — addend, any Z
 *   precomp (y+x, y-x, 2dxy)                                — affine addend (Z = 1)
 */
#ifndef ONS_GE25519_H
#define ONS_GE25519_H

#include "fe25519.h"

typedef struct {
    ons_fe X, Y, Z;
} ons_ge_p2;

typedef struct {
    ons_fe X, Y, Z, T;
} ons_ge_p3;

typedef struct {
    ons_fe X, Y, Z, T;
} ons_ge_p1p1;

typedef struct {
    ons_fe YplusX, YminusX, Z, T2d;
} ons_ge_cached;

typedef struct {
    ons_fe yplusx, yminusx, xy2d;
} ons_ge_precomp;

extern const ons_fe ons_fe_d;      /* d */
extern const ons_fe ons_fe_d2;     /* 2d */
extern const ons_fe ons_fe_sqrtm1; /* sqrt(-1) = 2^((p-1)/4) */

/* --- ge25519_bytes.c: encodings ----------------------------------------- */

/* Decodes with oxen-core's ge_frombytes_vartime rules: y = low 255 bits must be
 * < p; x = sqrt((y^2 - 1) / (d y^2 + 1)) must exist; x takes the parity of bit
 * 255, except that x = 0 with bit 255 set is rejected. No subgroup check.
 * Returns 0 or -1. Variable time: for public points only. */
int ons_ge_frombytes(ons_ge_p3 *h, const unsigned char s[32]);
void ons_ge_p2_tobytes(unsigned char s[32], const ons_ge_p2 *h);
void ons_ge_p3_tobytes(unsigned char s[32], const ons_ge_p3 *h);

/* --- ge25519.c: arithmetic (constant time) ------------------------------ */

void ons_ge_p2_0(ons_ge_p2 *h);
void ons_ge_p3_0(ons_ge_p3 *h);
void ons_ge_precomp_0(ons_ge_precomp *h);

void ons_ge_p3_to_p2(ons_ge_p2 *r, const ons_ge_p3 *p);
void ons_ge_p3_to_cached(ons_ge_cached *r, const ons_ge_p3 *p);
void ons_ge_p1p1_to_p2(ons_ge_p2 *r, const ons_ge_p1p1 *p);
void ons_ge_p1p1_to_p3(ons_ge_p3 *r, const ons_ge_p1p1 *p);

/* r = 2p */
void ons_ge_p2_dbl(ons_ge_p1p1 *r, const ons_ge_p2 *p);
void ons_ge_p3_dbl(ons_ge_p1p1 *r, const ons_ge_p3 *p);
/* r = p + q, r = p - q */
void ons_ge_add(ons_ge_p1p1 *r, const ons_ge_p3 *p, const ons_ge_cached *q);
void ons_ge_sub(ons_ge_p1p1 *r, const ons_ge_p3 *p, const ons_ge_cached *q);
void ons_ge_madd(ons_ge_p1p1 *r, const ons_ge_p3 *p, const ons_ge_precomp *q);
void ons_ge_msub(ons_ge_p1p1 *r, const ons_ge_p3 *p, const ons_ge_precomp *q);
/* r = -p */
void ons_ge_p3_neg(ons_ge_p3 *r, const ons_ge_p3 *p);
/* t = u if b == 1 (b is 0 or 1), without branching */
void ons_ge_precomp_cmov(ons_ge_precomp *t, const ons_ge_precomp *u, unsigned b);
/* t = -t if b == 1, without branching */
void ons_ge_precomp_cneg(ons_ge_precomp *t, unsigned b);

#endif
