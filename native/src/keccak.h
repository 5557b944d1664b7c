/* Keccak-f[1600] permutation (internal). */
#ifndef ONS_KECCAK_H
#define ONS_KECCAK_H

#include <stdint.h>

/* 24 rounds over a state of 25 lanes; lane (x, y) is st[x + 5 * y]. */
void ons_keccakf1600(uint64_t st[25]);

#endif
