/**
 * The JCA provider {@code OnsCrypto} ({@link dev.onscrypto.provider.OnsCryptoProvider}) and the key
 * specs its engines take: {@link dev.onscrypto.provider.RawPublicKeySpec},
 * {@link dev.onscrypto.provider.RawPrivateKeySpec} and {@link dev.onscrypto.provider.Argon2idKeySpec}.
 * Everything else here is reached through {@code java.security} and {@code javax.crypto} only.
 */
package dev.onscrypto.provider;
