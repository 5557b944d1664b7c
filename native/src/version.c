/* Library identification, so the Java side can tell which build it loaded. */
#include "onscrypto.h"

const char *ons_version(void)
{
    return "onscrypto 1";
}
