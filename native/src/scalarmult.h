/* Scalar multiplication internals (not exported). */
#ifndef ONS_SCALARMULT_H
#define ONS_SCALARMULT_H

#include "ge25519.h"

/* h = s * G in constant time, for any s < 2^255 (s[31] <= 127); no reduction
 * check: ons_scalarmult_base adds the s < l rule of the public API. */
void ons_ge_scalarmult_base(ons_ge_p3 *h, const unsigned char s[32]);

#endif
