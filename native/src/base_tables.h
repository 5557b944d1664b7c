/*
 * Precomputed multiples of the ed25519 base point G, as affine precomp
 * (y+x, y-x, 2dxy) with canonical limbs. The data in base_tables.c is generated
 * by tools/gen_tables.c (`make tables`) and checked by the test suite, which
 * recomputes the same multiples through independent code paths.
 * Being static const, the tables need no initialisation and are thread-safe.
 */
#ifndef ONS_BASE_TABLES_H
#define ONS_BASE_TABLES_H

#include "ge25519.h"

/* ons_base_comb[i][j] = (j + 1) * 256^i * G, for fixed-window scalarmult_base */
extern const ons_ge_precomp ons_base_comb[32][8];
/* ons_base_odd[k] = (2k + 1) * G, for the width-8 wNAF of double_scalarmult */
extern const ons_ge_precomp ons_base_odd[64];

#endif
