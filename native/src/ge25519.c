/*
 * Point arithmetic in extended twisted Edwards coordinates (a = -1).
 * Every function is straight-line code: its timing does not depend on the point.
 * Field bounds (see fe25519.h): sub/mul outputs are tight; only sums of at most
 * three tight values reach a multiplication, well under its 2^54 limit.
 */
#include "ge25519.h"

/* d = -121665/121666, 2d and sqrt(-1), in radix 2^51. */
const ons_fe ons_fe_d = {{0x34dca135978a3ULL, 0x1a8283b156ebdULL, 0x5e7a26001c029ULL, 0x739c663a03cbbULL,
                          0x52036cee2b6ffULL}};
const ons_fe ons_fe_d2 = {{0x69b9426b2f159ULL, 0x35050762add7aULL, 0x3cf44c0038052ULL, 0x6738cc7407977ULL,
                           0x2406d9dc56dffULL}};
const ons_fe ons_fe_sqrtm1 = {{0x61b274a0ea0b0ULL, 0x0d5a5fc8f189dULL, 0x7ef5e9cbd0c60ULL, 0x78595a6804c9eULL,
                               0x2b8324804fc1dULL}};

void ons_ge_p2_0(ons_ge_p2 *h)
{
    ons_fe_0(&h->X);
    ons_fe_1(&h->Y);
    ons_fe_1(&h->Z);
}

void ons_ge_p3_0(ons_ge_p3 *h)
{
    ons_fe_0(&h->X);
    ons_fe_1(&h->Y);
    ons_fe_1(&h->Z);
    ons_fe_0(&h->T);
}

void ons_ge_precomp_0(ons_ge_precomp *h)
{
    ons_fe_1(&h->yplusx);
    ons_fe_1(&h->yminusx);
    ons_fe_0(&h->xy2d);
}

void ons_ge_p3_to_p2(ons_ge_p2 *r, const ons_ge_p3 *p)
{
    r->X = p->X;
    r->Y = p->Y;
    r->Z = p->Z;
}

void ons_ge_p3_to_cached(ons_ge_cached *r, const ons_ge_p3 *p)
{
    ons_fe_add(&r->YplusX, &p->Y, &p->X);
    ons_fe_sub(&r->YminusX, &p->Y, &p->X);
    r->Z = p->Z;
    ons_fe_mul(&r->T2d, &p->T, &ons_fe_d2);
}

/* (X/Z, Y/T) -> (XT : YZ : ZT), 3 multiplications */
void ons_ge_p1p1_to_p2(ons_ge_p2 *r, const ons_ge_p1p1 *p)
{
    ons_fe_mul(&r->X, &p->X, &p->T);
    ons_fe_mul(&r->Y, &p->Y, &p->Z);
    ons_fe_mul(&r->Z, &p->Z, &p->T);
}

/* as above plus T = XY, 4 multiplications */
void ons_ge_p1p1_to_p3(ons_ge_p3 *r, const ons_ge_p1p1 *p)
{
    ons_fe_mul(&r->X, &p->X, &p->T);
    ons_fe_mul(&r->Y, &p->Y, &p->Z);
    ons_fe_mul(&r->Z, &p->Z, &p->T);
    ons_fe_mul(&r->T, &p->X, &p->Y);
}

/*
 * Doubling (dbl-2008-hwcd, a = -1): with A = X^2, B = Y^2, C = 2Z^2,
 * x' = 2XY / (B - A) and y' = (A + B) / (C - (B - A)). 4 squarings.
 */
void ons_ge_p2_dbl(ons_ge_p1p1 *r, const ons_ge_p2 *p)
{
    ons_fe a, b, c, g, t;

    ons_fe_sqr(&a, &p->X);
    ons_fe_sqr(&b, &p->Y);
    ons_fe_sqr(&c, &p->Z);
    ons_fe_add(&c, &c, &c);
    ons_fe_add(&t, &p->X, &p->Y);
    ons_fe_sqr(&t, &t);            /* (X + Y)^2 = A + B + 2XY */
    ons_fe_add(&r->Y, &a, &b);     /* H = A + B */
    ons_fe_sub(&r->X, &t, &r->Y);  /* E = 2XY */
    ons_fe_sub(&g, &b, &a);        /* G = B - A */
    ons_fe_sub(&r->T, &c, &g);     /* F = C - G */
    r->Z = g;
}

void ons_ge_p3_dbl(ons_ge_p1p1 *r, const ons_ge_p3 *p)
{
    ons_ge_p2 q;
    ons_ge_p3_to_p2(&q, p);
    ons_ge_p2_dbl(r, &q);
}

/*
 * Unified addition (add-2008-hwcd-3, a = -1, k = 2d). With
 * A = (Y1-X1)(Y2-X2), B = (Y1+X1)(Y2+X2), C = 2d T1 T2, D = 2 Z1 Z2:
 * x3 = (B - A) / (D + C), y3 = (B + A) / (D - C).
 * The p1p1 result stores E = B - A, G = D + C, H = B + A, F = D - C as
 * X = E, Z = G, Y = H, T = F.
 */
static void add_finish(ons_ge_p1p1 *r, const ons_fe *a, const ons_fe *b, const ons_fe *c, const ons_fe *d,
                       int negate)
{
    ons_fe_sub(&r->X, b, a);
    ons_fe_add(&r->Y, b, a);
    if (negate) { /* compile-time constant at every call site, not data */
        ons_fe_sub(&r->Z, d, c);
        ons_fe_add(&r->T, d, c);
    } else {
        ons_fe_add(&r->Z, d, c);
        ons_fe_sub(&r->T, d, c);
    }
}

void ons_ge_add(ons_ge_p1p1 *r, const ons_ge_p3 *p, const ons_ge_cached *q)
{
    ons_fe a, b, c, d, t;

    ons_fe_sub(&t, &p->Y, &p->X);
    ons_fe_mul(&a, &t, &q->YminusX);
    ons_fe_add(&t, &p->Y, &p->X);
    ons_fe_mul(&b, &t, &q->YplusX);
    ons_fe_mul(&c, &p->T, &q->T2d);
    ons_fe_mul(&d, &p->Z, &q->Z);
    ons_fe_add(&d, &d, &d);
    add_finish(r, &a, &b, &c, &d, 0);
}

/* p - q = p + (-q), and -q swaps Y+X with Y-X and negates 2dT. */
void ons_ge_sub(ons_ge_p1p1 *r, const ons_ge_p3 *p, const ons_ge_cached *q)
{
    ons_fe a, b, c, d, t;

    ons_fe_sub(&t, &p->Y, &p->X);
    ons_fe_mul(&a, &t, &q->YplusX);
    ons_fe_add(&t, &p->Y, &p->X);
    ons_fe_mul(&b, &t, &q->YminusX);
    ons_fe_mul(&c, &p->T, &q->T2d);
    ons_fe_mul(&d, &p->Z, &q->Z);
    ons_fe_add(&d, &d, &d);
    add_finish(r, &a, &b, &c, &d, 1);
}

/* Mixed addition: q is affine (Z2 = 1), which saves one multiplication. */
void ons_ge_madd(ons_ge_p1p1 *r, const ons_ge_p3 *p, const ons_ge_precomp *q)
{
    ons_fe a, b, c, d, t;

    ons_fe_sub(&t, &p->Y, &p->X);
    ons_fe_mul(&a, &t, &q->yminusx);
    ons_fe_add(&t, &p->Y, &p->X);
    ons_fe_mul(&b, &t, &q->yplusx);
    ons_fe_mul(&c, &p->T, &q->xy2d);
    ons_fe_add(&d, &p->Z, &p->Z);
    add_finish(r, &a, &b, &c, &d, 0);
}

void ons_ge_msub(ons_ge_p1p1 *r, const ons_ge_p3 *p, const ons_ge_precomp *q)
{
    ons_fe a, b, c, d, t;

    ons_fe_sub(&t, &p->Y, &p->X);
    ons_fe_mul(&a, &t, &q->yplusx);
    ons_fe_add(&t, &p->Y, &p->X);
    ons_fe_mul(&b, &t, &q->yminusx);
    ons_fe_mul(&c, &p->T, &q->xy2d);
    ons_fe_add(&d, &p->Z, &p->Z);
    add_finish(r, &a, &b, &c, &d, 1);
}

void ons_ge_p3_neg(ons_ge_p3 *r, const ons_ge_p3 *p)
{
    ons_fe_neg(&r->X, &p->X);
    r->Y = p->Y;
    r->Z = p->Z;
    ons_fe_neg(&r->T, &p->T);
}

void ons_ge_precomp_cmov(ons_ge_precomp *t, const ons_ge_precomp *u, unsigned b)
{
    ons_fe_cmov(&t->yplusx, &u->yplusx, b);
    ons_fe_cmov(&t->yminusx, &u->yminusx, b);
    ons_fe_cmov(&t->xy2d, &u->xy2d, b);
}

void ons_ge_precomp_cneg(ons_ge_precomp *t, unsigned b)
{
    ons_fe minus_xy2d;
    ons_fe_cswap(&t->yplusx, &t->yminusx, b);
    ons_fe_neg(&minus_xy2d, &t->xy2d);
    ons_fe_cmov(&t->xy2d, &minus_xy2d, b);
}
