/* Small internal helpers shared by the onscrypto sources (not exported). */
#ifndef ONS_UTIL_H
#define ONS_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* Wipes n bytes at p in a way the compiler may not drop as a dead store,
 * so secrets left in stack buffers do not outlive the call that used them. */
void ons_memzero(void *p, size_t n);

/* Byte order is spelled out (rather than memcpy into a uint64_t) so that the
 * code is correct on any host; gcc turns these into single loads/stores on x86-64. */
static inline uint64_t ons_load64_le(const unsigned char *p)
{
    return (uint64_t)p[0] | ((uint64_t)p[1] << 8) | ((uint64_t)p[2] << 16) | ((uint64_t)p[3] << 24) |
           ((uint64_t)p[4] << 32) | ((uint64_t)p[5] << 40) | ((uint64_t)p[6] << 48) | ((uint64_t)p[7] << 56);
}

static inline void ons_store64_le(unsigned char *p, uint64_t v)
{
    for (int i = 0; i < 8; i++) {
        p[i] = (unsigned char)(v >> (8 * i));
    }
}

#endif
