package dev.onscrypto.provider;

import java.security.Key;

/**
 * A key of this provider with its raw 32-byte form: the compressed point of a public key, the seed of
 * an Ed25519 private key, the scalar of a CryptoNote private key. Ed25519 keys report the standard
 * encodings from {@code getEncoded()} (X.509 / PKCS#8, RFC 8410); CryptoNote keys, which have no
 * standard encoding, report {@code RAW} there too.
 */
public interface RawKey extends Key {
    /**
     * {@return a copy of the raw 32 bytes} For a private key the caller should wipe it after use.
     *
     * @throws IllegalStateException if this is a destroyed private key
     */
    byte[] getRawKey();
}
