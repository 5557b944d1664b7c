package dev.onscrypto.provider;

import java.security.InvalidKeyException;
import java.security.InvalidParameterException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SignatureException;
import java.security.SignatureSpi;
import java.util.Arrays;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.primitives.CryptoNoteSignature;
import dev.onscrypto.primitives.Primitives;

/**
 * {@code Signature} engine for the raw-key schemes. The message is collected until {@code sign()} or
 * {@code verify()} because neither scheme can be computed incrementally: pure Ed25519 hashes the
 * message twice, and CryptoNote signs a 32-byte hash, not a stream.
 */
final class RawSignature extends SignatureSpi {
    /** The scheme-specific part: the backend calls. */
    interface Scheme {
        byte[] sign(byte[] privateKey, byte[] message) throws SignatureException;

        boolean verify(byte[] publicKey, byte[] message, byte[] signature) throws SignatureException;
    }

    private final KeyType type;
    private final Scheme scheme;
    private final Accumulator message = new Accumulator();
    private byte[] privateKey;
    private byte[] publicKey;

    private RawSignature(KeyType type, Scheme scheme) {
        this.type = type;
        this.scheme = scheme;
    }

    /** Pure Ed25519 (RFC 8032) with libsodium's verification rules, over a message of any length. */
    static RawSignature ed25519(Primitives primitives) {
        var ed = primitives.ed25519();
        return new RawSignature(KeyType.ed25519(primitives), new Scheme() {
            @Override
            public byte[] sign(byte[] seed, byte[] message) {
                return ed.sign(seed, message);
            }

            @Override
            public boolean verify(byte[] publicKey, byte[] message, byte[] signature) throws SignatureException {
                try {
                    return ed.verify(signature, message, publicKey);
                } catch (InvalidInputException malformed) {
                    throw new SignatureException(malformed.getMessage(), malformed);
                }
            }
        });
    }

    /**
     * CryptoNote: the "message" must be exactly the 32-byte hash being signed (the
     * caller hashes, e.g. with {@code KECCAK-256}); signing draws a fresh random nonce, as oxen-core does.
     */
    static RawSignature cryptoNote(Primitives primitives) {
        CryptoNoteSignature cn = primitives.cryptoNote();
        return new RawSignature(KeyType.cryptoNote(primitives), new Scheme() {
            @Override
            public byte[] sign(byte[] secret, byte[] hash) throws SignatureException {
                requireHash(hash);
                try {
                    return cn.sign(hash, secret);
                } catch (InvalidInputException e) {
                    throw new SignatureException(e.getMessage(), e);
                }
            }

            @Override
            public boolean verify(byte[] publicKey, byte[] hash, byte[] signature) throws SignatureException {
                requireHash(hash);
                if (signature.length != CryptoNoteSignature.SIGNATURE_LENGTH) {
                    throw new SignatureException("CryptoNote signature must be 64 bytes, got " + signature.length);
                }
                return cn.check(hash, publicKey, signature);
            }

            private static void requireHash(byte[] hash) throws SignatureException {
                if (hash.length != CryptoNoteSignature.HASH_LENGTH) {
                    throw new SignatureException("CryptoNote signs a 32-byte hash; got " + hash.length
                            + " bytes of data (hash the message first, e.g. with KECCAK-256)");
                }
            }
        });
    }

    @Override
    protected void engineInitVerify(PublicKey key) throws InvalidKeyException {
        byte[] raw = type.publicBytes(key);
        forgetKeys();
        publicKey = raw;
    }

    @Override
    protected void engineInitSign(PrivateKey key) throws InvalidKeyException {
        byte[] raw = type.privateBytes(key);
        forgetKeys();
        privateKey = raw;
    }

    @Override
    protected void engineUpdate(byte b) {
        message.append(b);
    }

    @Override
    protected void engineUpdate(byte[] b, int off, int len) {
        message.append(b, off, len);
    }

    @Override
    protected byte[] engineSign() throws SignatureException {
        if (privateKey == null) {
            throw new SignatureException("not initialized for signing");
        }
        byte[] data = message.toByteArray();
        try {
            return scheme.sign(privateKey, data);
        } finally {
            // sign() resets the engine for another message with the same key (JCA contract).
            message.clear();
            Arrays.fill(data, (byte) 0);
        }
    }

    @Override
    protected boolean engineVerify(byte[] sigBytes) throws SignatureException {
        if (publicKey == null) {
            throw new SignatureException("not initialized for verification");
        }
        try {
            return scheme.verify(publicKey, message.toByteArray(), sigBytes);
        } finally {
            message.clear();
        }
    }

    /** Obsolete JCA API; neither scheme has parameters. */
    @Deprecated
    @Override
    protected void engineSetParameter(String param, Object value) {
        throw new InvalidParameterException(type.algorithm() + " has no parameters");
    }

    /** Obsolete JCA API; neither scheme has parameters. */
    @Deprecated
    @Override
    protected Object engineGetParameter(String param) {
        throw new InvalidParameterException(type.algorithm() + " has no parameters");
    }

    private void forgetKeys() {
        if (privateKey != null) {
            Arrays.fill(privateKey, (byte) 0);
        }
        privateKey = null;
        publicKey = null;
        message.clear();
    }
}
