/*
 * Keccak-256 as CryptoNote's cn_fast_hash: Keccak-f[1600], rate 136 bytes,
 * capacity 512, with the ORIGINAL Keccak padding (0x01 ... 0x80). SHA3-256
 * differs only in the domain byte (0x06) and would give different digests.
 */
#include <string.h>

#include "keccak.h"
#include "onscrypto.h"
#include "util.h"

#define KECCAK256_RATE 136

/* Round constants of the iota step (Keccak reference, 24 rounds). */
static const uint64_t keccak_rc[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};

/* rho rotation offset of lane x + 5y. */
static const unsigned keccak_rho[25] = {
    0,  1,  62, 28, 27,
    36, 44, 6,  55, 20,
    3,  10, 43, 25, 39,
    41, 45, 15, 21, 8,
    18, 2,  61, 56, 14,
};

static inline uint64_t rol64(uint64_t v, unsigned n)
{
    /* "& 63" keeps n = 0 defined (a shift by 64 would be undefined behaviour). */
    return (v << n) | (v >> ((64 - n) & 63));
}

/* pi moves lane i = x + 5y to (y, 2x + 3y); keccak_pi[i] is that destination index. */
static const unsigned char keccak_pi[25] = {
    0,  10, 20, 5,  15,
    16, 1,  11, 21, 6,
    7,  17, 2,  12, 22,
    23, 8,  18, 3,  13,
    14, 24, 9,  19, 4,
};

/* The loops have constant bounds and table indices; gcc unrolls them fully
 * (the pragmas ask for it), leaving straight-line code with immediate shifts. */
void ons_keccakf1600(uint64_t st[25])
{
    uint64_t c[5], d[5], b[25];

    for (int round = 0; round < 24; round++) {
        /* theta: mix each column parity into its neighbours */
#pragma GCC unroll 5
        for (int x = 0; x < 5; x++) {
            c[x] = st[x] ^ st[x + 5] ^ st[x + 10] ^ st[x + 15] ^ st[x + 20];
        }
#pragma GCC unroll 5
        for (int x = 0; x < 5; x++) {
            d[x] = c[(x + 4) % 5] ^ rol64(c[(x + 1) % 5], 1);
        }
        /* theta applied, then rho (rotate) and pi (move) in one pass */
#pragma GCC unroll 25
        for (int i = 0; i < 25; i++) {
            b[keccak_pi[i]] = rol64(st[i] ^ d[i % 5], keccak_rho[i]);
        }
        /* chi: the only non-linear step, row by row */
#pragma GCC unroll 25
        for (int i = 0; i < 25; i++) {
            int y = i - i % 5;
            st[i] = b[i] ^ (~b[y + (i + 1) % 5] & b[y + (i + 2) % 5]);
        }
        /* iota */
        st[0] ^= keccak_rc[round];
    }
}

static void absorb_block(uint64_t st[25], const unsigned char *block)
{
    for (int i = 0; i < KECCAK256_RATE / 8; i++) {
        st[i] ^= ons_load64_le(block + 8 * i);
    }
    ons_keccakf1600(st);
}

int ons_keccak256(unsigned char out[32], const unsigned char *in, size_t inlen)
{
    uint64_t st[25] = {0};
    unsigned char last[KECCAK256_RATE];

    while (inlen >= KECCAK256_RATE) {
        absorb_block(st, in);
        in += KECCAK256_RATE;
        inlen -= KECCAK256_RATE;
    }
    /* Original Keccak pad10*1: 0x01 right after the message, 0x80 in the
     * block's last byte (both land in one byte, 0x81, when inlen = 135). */
    memset(last, 0, sizeof last);
    if (inlen > 0) {
        memcpy(last, in, inlen);
    }
    last[inlen] = 0x01;
    last[KECCAK256_RATE - 1] |= 0x80;
    absorb_block(st, last);

    for (int i = 0; i < 4; i++) {
        ons_store64_le(out + 8 * i, st[i]);
    }
    /* The input may be secret (e.g. key derivation): do not leave copies. */
    ons_memzero(last, sizeof last);
    ons_memzero(st, sizeof st);
    return 0;
}

/* The incremental form: the lanes, and how many bytes of the current block
 * have been absorbed (always < KECCAK256_RATE between calls). */
typedef struct {
    uint64_t st[25];
    uint64_t pos;
} keccak256_state;

size_t ons_keccak256_statebytes(void)
{
    return sizeof(keccak256_state);
}

int ons_keccak256_init(void *state)
{
    keccak256_state *s = state;
    memset(s, 0, sizeof *s);
    return 0;
}

/* XORs one byte into lane byte `pos` (little-endian lanes, as absorb_block). */
static inline void xor_byte(uint64_t st[25], size_t pos, unsigned char b)
{
    st[pos / 8] ^= (uint64_t) b << (8 * (pos % 8));
}

int ons_keccak256_update(void *state, const unsigned char *in, size_t inlen)
{
    keccak256_state *s = state;
    size_t pos = (size_t) s->pos;

    /* finish a partly absorbed block byte by byte */
    while (pos != 0 && inlen > 0) {
        xor_byte(s->st, pos, *in++);
        inlen--;
        if (++pos == KECCAK256_RATE) {
            ons_keccakf1600(s->st);
            pos = 0;
        }
    }
    /* whole blocks straight from the input */
    while (inlen >= KECCAK256_RATE) {
        absorb_block(s->st, in);
        in += KECCAK256_RATE;
        inlen -= KECCAK256_RATE;
    }
    while (inlen > 0) {
        xor_byte(s->st, pos++, *in++);
        inlen--;
    }
    s->pos = pos;
    return 0;
}

int ons_keccak256_final(void *state, unsigned char out[32])
{
    keccak256_state *s = state;

    /* original Keccak pad10*1, as in ons_keccak256 */
    xor_byte(s->st, (size_t) s->pos, 0x01);
    xor_byte(s->st, KECCAK256_RATE - 1, 0x80);
    ons_keccakf1600(s->st);
    for (int i = 0; i < 4; i++) {
        ons_store64_le(out + 8 * i, s->st[i]);
    }
    ons_memzero(s, sizeof *s);
    return 0;
}
