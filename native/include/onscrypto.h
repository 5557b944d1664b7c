/*
 * onscrypto — our own native code for what libsodium does not offer:
 * Keccak-256 with the original padding (CryptoNote cn_fast_hash) and ed25519
 * group arithmetic with oxen-core's acceptance rules (ge_frombytes_vartime /
 * sc_check), which the CryptoNote signature is built on.
 *
 * Conventions (as libsodium): every function returns 0 on success and -1 on
 * rejected input; outputs are written only on success. Scalars and points are
 * 32-byte little-endian / standard compressed ed25519 encodings. Nothing here
 * allocates; secret-bearing stack buffers are wiped before returning.
 *
 * Every function is thread-safe and reentrant: there is no mutable global state
 * and the precomputed tables are static const (no initialisation, no first-call
 * cost). An output buffer may be the same memory as an input buffer.
 */
#ifndef ONSCRYPTO_H
#define ONSCRYPTO_H

#include <stddef.h>

#if defined(__GNUC__)
#define ONS_EXPORT __attribute__((visibility("default")))
#else
#define ONS_EXPORT
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Version string of this library, e.g. "onscrypto 1". */
ONS_EXPORT const char *ons_version(void);

/* Keccak-256, rate 136, original Keccak padding (0x01 ... 0x80). Always 0. */
ONS_EXPORT int ons_keccak256(unsigned char out[32], const unsigned char *in, size_t inlen);

/* Incremental Keccak-256, the same function as ons_keccak256 over the
 * concatenation of every update. The state is caller-owned memory of
 * ons_keccak256_statebytes() bytes, 8-byte aligned; it holds absorbed input
 * (possibly secret) until ons_keccak256_final, which wipes it. A copy of the
 * bytes is an independent state. All three always return 0. */
ONS_EXPORT size_t ons_keccak256_statebytes(void);
ONS_EXPORT int ons_keccak256_init(void *state);
ONS_EXPORT int ons_keccak256_update(void *state, const unsigned char *in, size_t inlen);
ONS_EXPORT int ons_keccak256_final(void *state, unsigned char out[32]);

/* 0 iff p decodes under oxen-core's check_key (ge_frombytes_vartime) rules:
 * y < 2^255-19, x recoverable, not (x == 0 and sign bit set). No subgroup check. */
ONS_EXPORT int ons_point_is_valid(const unsigned char p[32]);

/* r = p + q. -1 if p or q is not a valid point (rules above). */
ONS_EXPORT int ons_point_add(unsigned char r[32], const unsigned char p[32], const unsigned char q[32]);

/* q = s * G, constant time. -1 if s is not reduced (s >= l). s = 0 gives the identity (01 00..00).
 * The only timing difference is reject (s >= l) versus accept. */
ONS_EXPORT int ons_scalarmult_base(unsigned char q[32], const unsigned char s[32]);

/* r = a * P + b * G, variable time (public inputs only). a and b are any 256-bit
 * little-endian integers and are not reduced mod l (if P has a small-order
 * component, a*P depends on a mod 8l). -1 if P is not a valid point (rules above).
 * The identity result is returned like any other (01 00..00). */
ONS_EXPORT int ons_double_scalarmult_base_vartime(unsigned char r[32], const unsigned char a[32],
                                                  const unsigned char p[32], const unsigned char b[32]);

/* 0 iff s < l (oxen-core sc_check). */
ONS_EXPORT int ons_scalar_is_canonical(const unsigned char s[32]);

/* r = s mod l, s a 256-bit (reduce32) or 512-bit (reduce64) little-endian integer. Always 0. */
ONS_EXPORT int ons_scalar_reduce32(unsigned char r[32], const unsigned char s[32]);
ONS_EXPORT int ons_scalar_reduce64(unsigned char r[32], const unsigned char s[64]);

/* r = (a + b) mod l, r = (a * b) mod l, r = (c - a * b) mod l; inputs any 256-bit integers. Always 0. Constant time. */
ONS_EXPORT int ons_scalar_add(unsigned char r[32], const unsigned char a[32], const unsigned char b[32]);
ONS_EXPORT int ons_scalar_mul(unsigned char r[32], const unsigned char a[32], const unsigned char b[32]);
ONS_EXPORT int ons_scalar_mulsub(unsigned char r[32], const unsigned char a[32], const unsigned char b[32],
                                 const unsigned char c[32]);

#ifdef __cplusplus
}
#endif
#endif
