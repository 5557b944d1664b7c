/*
 * Constant-time check in the style of ctgrind: secret inputs are marked as
 * undefined memory, so valgrind's memcheck reports every conditional branch and
 * every memory address computed from them. A clean run means no secret-dependent
 * branch or table index in scalarmult_base, the scalar arithmetic or Keccak.
 * Run as `make ctcheck`. With --control it deliberately feeds a secret to the
 * variable-time double scalar multiplication, which valgrind must flag (this
 * proves the check can fail).
 */
#include <stdio.h>
#include <string.h>
#include <valgrind/memcheck.h>

#include "onscrypto.h"
#include "sc25519.h"
#include "scalarmult.h"

#define SECRET(p, n) VALGRIND_MAKE_MEM_UNDEFINED((p), (n))
#define PUBLIC(p, n) VALGRIND_MAKE_MEM_DEFINED((p), (n))

static void fill(unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++) {
        p[i] = (unsigned char)(seed * 167 + i * 59 + (i >> 3));
    }
}

int main(int argc, char **argv)
{
    unsigned char s[32], a[32], b[32], c[32], wide[64], msg[200], q[32], r[32], pub[32];
    ons_ge_p3 h;
    int rc = 0;

    if (argc > 1 && strcmp(argv[1], "--control") == 0) {
        fill(a, 32, 1);
        a[31] &= 0x0f;
        ons_scalarmult_base(pub, a);
        SECRET(a, 32);
        ons_double_scalarmult_base_vartime(r, a, pub, a); /* valgrind must complain */
        PUBLIC(r, 32);
        return 0;
    }

    for (unsigned round = 0; round < 4; round++) {
        fill(s, 32, round);
        s[31] &= 0x7f;
        fill(a, 32, round + 10);
        fill(b, 32, round + 20);
        fill(c, 32, round + 30);
        fill(wide, 64, round + 40);
        fill(msg, sizeof msg, round + 50);
        SECRET(s, 32);
        SECRET(a, 32);
        SECRET(b, 32);
        SECRET(c, 32);
        SECRET(wide, 64);
        SECRET(msg, sizeof msg);

        ons_ge_scalarmult_base(&h, s);
        ons_ge_p3_tobytes(q, &h);
        ons_sc_reduce32(r, a);
        ons_sc_reduce64(r, wide);
        ons_sc_add(r, a, b);
        ons_sc_mul(r, a, b);
        ons_sc_mulsub(r, a, b, c);
        rc |= ons_sc_is_canonical(a);
        ons_keccak256(q, msg, sizeof msg);
        ons_keccak256(q, msg, 96);
    }
    PUBLIC(&rc, sizeof rc);
    PUBLIC(q, 32);
    PUBLIC(r, 32);
    printf("ctcheck done (%02x%02x)\n", q[0], r[0]);
    return 0;
}
