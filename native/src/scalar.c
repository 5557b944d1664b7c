/* Exported scalar operations mod l: thin wrappers that fix the return convention. */
#include "onscrypto.h"
#include "sc25519.h"

int ons_scalar_is_canonical(const unsigned char s[32])
{
    return ons_sc_is_canonical(s) ? 0 : -1;
}

int ons_scalar_reduce32(unsigned char r[32], const unsigned char s[32])
{
    ons_sc_reduce32(r, s);
    return 0;
}

int ons_scalar_reduce64(unsigned char r[32], const unsigned char s[64])
{
    ons_sc_reduce64(r, s);
    return 0;
}

int ons_scalar_add(unsigned char r[32], const unsigned char a[32], const unsigned char b[32])
{
    ons_sc_add(r, a, b);
    return 0;
}

int ons_scalar_mul(unsigned char r[32], const unsigned char a[32], const unsigned char b[32])
{
    ons_sc_mul(r, a, b);
    return 0;
}

int ons_scalar_mulsub(unsigned char r[32], const unsigned char a[32], const unsigned char b[32],
                      const unsigned char c[32])
{
    ons_sc_mulsub(r, a, b, c);
    return 0;
}
