package dev.onscrypto.provider;

import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;

/**
 * Ed25519 keys in their standard encodings (RFC 8410): the public key as an X.509
 * {@code SubjectPublicKeyInfo}, the private key (the 32-byte seed) as a PKCS#8 {@code PrivateKeyInfo}.
 * These are fixed DER layouts around the raw bytes, the same ones the JDK's SunEC produces, so they are
 * built and recognised by their exact prefixes rather than by a general ASN.1 parser.
 */
final class Ed25519Encodings {
    static final String X509 = "X.509";
    static final String PKCS8 = "PKCS#8";

    /** SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING (0 unused bits) of 32 bytes }. */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    /** SEQUENCE { INTEGER 0, SEQUENCE { OID 1.3.101.112 }, OCTET STRING { OCTET STRING of 32 bytes } }. */
    private static final byte[] PKCS8_V1_PREFIX =
            {0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20};

    /**
     * RFC 8410 §7's OneAsymmetricKey v2 with the public key and no attributes: version 1, and after the
     * seed {@code [1] IMPLICIT BIT STRING} of the 32-byte public key.
     */
    private static final byte[] PKCS8_V2_PREFIX =
            {0x30, 0x51, 0x02, 0x01, 0x01, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20};
    private static final byte[] PKCS8_V2_PUBLIC = {(byte) 0x81, 0x21, 0x00};

    private Ed25519Encodings() {}

    static byte[] x509(byte[] publicKey) {
        byte[] out = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + KeyType.KEY_LENGTH);
        System.arraycopy(publicKey, 0, out, SPKI_PREFIX.length, KeyType.KEY_LENGTH);
        return out;
    }

    /** The PKCS#8 v1 encoding of a seed (as SunEC writes it); the caller wipes the result. */
    static byte[] pkcs8(byte[] seed) {
        byte[] out = Arrays.copyOf(PKCS8_V1_PREFIX, PKCS8_V1_PREFIX.length + KeyType.KEY_LENGTH);
        System.arraycopy(seed, 0, out, PKCS8_V1_PREFIX.length, KeyType.KEY_LENGTH);
        return out;
    }

    static byte[] publicFromX509(byte[] encoded) throws InvalidKeySpecException {
        if (encoded == null || encoded.length != SPKI_PREFIX.length + KeyType.KEY_LENGTH
                || !Arrays.equals(encoded, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            throw new InvalidKeySpecException("not an X.509 SubjectPublicKeyInfo of an Ed25519 key (RFC 8410)");
        }
        return Arrays.copyOfRange(encoded, SPKI_PREFIX.length, encoded.length);
    }

    /**
     * The seed of a PKCS#8 v1 encoding, or of a v2 one carrying the public key (returned in
     * {@code publicKeyOut[0]} for the caller to check), else an exception; the caller wipes the seed.
     */
    static byte[] seedFromPkcs8(byte[] encoded, byte[][] publicKeyOut) throws InvalidKeySpecException {
        int seedAt = PKCS8_V1_PREFIX.length;
        if (encoded != null && encoded.length == seedAt + KeyType.KEY_LENGTH
                && Arrays.equals(encoded, 0, seedAt, PKCS8_V1_PREFIX, 0, seedAt)) {
            publicKeyOut[0] = null;
            return Arrays.copyOfRange(encoded, seedAt, seedAt + KeyType.KEY_LENGTH);
        }
        int publicAt = seedAt + KeyType.KEY_LENGTH;
        if (encoded != null && encoded.length == publicAt + PKCS8_V2_PUBLIC.length + KeyType.KEY_LENGTH
                && Arrays.equals(encoded, 0, seedAt, PKCS8_V2_PREFIX, 0, seedAt)
                && Arrays.equals(encoded, publicAt, publicAt + PKCS8_V2_PUBLIC.length, PKCS8_V2_PUBLIC, 0,
                        PKCS8_V2_PUBLIC.length)) {
            publicKeyOut[0] = Arrays.copyOfRange(encoded, publicAt + PKCS8_V2_PUBLIC.length, encoded.length);
            return Arrays.copyOfRange(encoded, seedAt, publicAt);
        }
        throw new InvalidKeySpecException("not a PKCS#8 PrivateKeyInfo of an Ed25519 key (RFC 8410)");
    }
}
