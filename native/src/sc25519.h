/*
 * Scalars modulo l = 2^252 + 27742317777372353535851937790883648493, the order
 * of the ed25519 base point (internal). Inputs are 32- or 64-byte little-endian
 * integers of any value; outputs are always fully reduced (0 <= r < l).
 * Constant time: no branch or memory index depends on a scalar's value.
 */
#ifndef ONS_SC25519_H
#define ONS_SC25519_H

/* 1 if 0 <= s < l, else 0. */
int ons_sc_is_canonical(const unsigned char s[32]);
void ons_sc_reduce32(unsigned char r[32], const unsigned char s[32]);
void ons_sc_reduce64(unsigned char r[32], const unsigned char s[64]);
/* r = a + b, r = a * b, r = c - a * b (all mod l) */
void ons_sc_add(unsigned char r[32], const unsigned char a[32], const unsigned char b[32]);
void ons_sc_mul(unsigned char r[32], const unsigned char a[32], const unsigned char b[32]);
void ons_sc_mulsub(unsigned char r[32], const unsigned char a[32], const unsigned char b[32],
                   const unsigned char c[32]);

#endif
