/* Secure wiping of secret-bearing memory. */
#include <string.h>

#include "util.h"

void ons_memzero(void *p, size_t n)
{
    if (n == 0) {
        return;
    }
    memset(p, 0, n);
    /* An empty asm that "reads" p and clobbers memory: the compiler must assume
     * the zeroes are observed, so it cannot remove the memset as a dead store
     * (which it otherwise may do for a buffer about to go out of scope). */
    __asm__ __volatile__("" : : "r"(p) : "memory");
}
