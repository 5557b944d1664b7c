/* Exported point operations: validity (oxen-core check_key) and addition. */
#include "ge25519.h"
#include "onscrypto.h"

int ons_point_is_valid(const unsigned char p[32])
{
    ons_ge_p3 P;
    return ons_ge_frombytes(&P, p);
}

int ons_point_add(unsigned char r[32], const unsigned char p[32], const unsigned char q[32])
{
    ons_ge_p3 P, Q, R;
    ons_ge_cached qc;
    ons_ge_p1p1 t;

    if (ons_ge_frombytes(&P, p) != 0 || ons_ge_frombytes(&Q, q) != 0) {
        return -1;
    }
    ons_ge_p3_to_cached(&qc, &Q);
    ons_ge_add(&t, &P, &qc);
    ons_ge_p1p1_to_p3(&R, &t);
    ons_ge_p3_tobytes(r, &R);
    return 0;
}
