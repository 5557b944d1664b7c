/*
 * r = a * P + b * G for public inputs (signature verification), variable time.
 * Both scalars are written in width-w non-adjacent form (odd digits, and at
 * least w - 1 zeros after each non-zero digit), then one shared chain of
 * doublings adds the digit multiples of P (w = 5, 8 odd multiples built per
 * call) and of G (w = 8, 64 odd multiples in the static ons_base_odd table).
 *
 * a and b are used as full 256-bit integers and never reduced mod l: P may have
 * a small-order component, and then a*P depends on a mod 8l, not a mod l.
 */
#include <string.h>

#include "base_tables.h"
#include "ge25519.h"
#include "onscrypto.h"
#include "util.h"

#define NAF_LEN 257 /* a 256-bit integer can need one digit more */
#define P_WINDOW 5
#define G_WINDOW 8

/*
 * naf[i] in (-2^(w-1), 2^(w-1)), odd or 0, with sum naf[i] 2^i = s. Scans s from
 * the bottom; "carry" is the 2^w borrowed when a digit was made negative.
 * A negative digit needs a window of w bits below bit 256, so no carry can be
 * pending when the scan steps past the end.
 */
static void wnaf(signed char naf[NAF_LEN], const unsigned char s[32], int w)
{
    uint64_t limbs[6] = {0};
    const unsigned width = 1u << w, half = width >> 1, mask = width - 1;
    unsigned carry = 0;
    int pos = 0;

    for (int i = 0; i < 4; i++) {
        limbs[i] = ons_load64_le(s + 8 * i);
    }
    memset(naf, 0, NAF_LEN);
    while (pos < NAF_LEN) {
        int li = pos / 64, bi = pos % 64;
        uint64_t bits = limbs[li] >> bi;
        if (bi != 0) {
            bits |= limbs[li + 1] << (64 - bi);
        }
        unsigned window = carry + (unsigned)(bits & mask);
        if ((window & 1) == 0) {
            pos++; /* carry (if any) moves up with us */
            continue;
        }
        if (window < half) {
            naf[pos] = (signed char)window;
            carry = 0;
        } else {
            naf[pos] = (signed char)((int)window - (int)width);
            carry = 1;
        }
        pos += w;
    }
}

int ons_double_scalarmult_base_vartime(unsigned char r[32], const unsigned char a[32], const unsigned char p[32],
                                       const unsigned char b[32])
{
    signed char anaf[NAF_LEN], bnaf[NAF_LEN];
    ons_ge_cached pm[8]; /* P, 3P, 5P, ..., 15P */
    ons_ge_p3 P, P2, u;
    ons_ge_p1p1 t;
    ons_ge_p2 acc;
    int i;

    if (ons_ge_frombytes(&P, p) != 0) {
        return -1;
    }
    wnaf(anaf, a, P_WINDOW);
    wnaf(bnaf, b, G_WINDOW);

    ons_ge_p3_to_cached(&pm[0], &P);
    ons_ge_p3_dbl(&t, &P);
    ons_ge_p1p1_to_p3(&P2, &t);
    for (int k = 1; k < 8; k++) {
        ons_ge_add(&t, &P2, &pm[k - 1]);
        ons_ge_p1p1_to_p3(&u, &t);
        ons_ge_p3_to_cached(&pm[k], &u);
    }

    ons_ge_p2_0(&acc);
    for (i = NAF_LEN - 1; i >= 0 && anaf[i] == 0 && bnaf[i] == 0; i--) {
    }
    for (; i >= 0; i--) {
        ons_ge_p2_dbl(&t, &acc);
        if (anaf[i] > 0) {
            ons_ge_p1p1_to_p3(&u, &t);
            ons_ge_add(&t, &u, &pm[anaf[i] / 2]);
        } else if (anaf[i] < 0) {
            ons_ge_p1p1_to_p3(&u, &t);
            ons_ge_sub(&t, &u, &pm[-anaf[i] / 2]);
        }
        if (bnaf[i] > 0) {
            ons_ge_p1p1_to_p3(&u, &t);
            ons_ge_madd(&t, &u, &ons_base_odd[bnaf[i] / 2]);
        } else if (bnaf[i] < 0) {
            ons_ge_p1p1_to_p3(&u, &t);
            ons_ge_msub(&t, &u, &ons_base_odd[-bnaf[i] / 2]);
        }
        ons_ge_p1p1_to_p2(&acc, &t);
    }
    ons_ge_p2_tobytes(r, &acc);
    return 0;
}
