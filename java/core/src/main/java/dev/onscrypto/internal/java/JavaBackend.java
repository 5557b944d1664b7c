package dev.onscrypto.internal.java;

import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.KeccakDigest;

import dev.onscrypto.InsufficientMemoryException;
import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Backend;

/**
 * The pure-Java backend: Bouncy Castle where it has the primitive and is fast enough (BLAKE2b,
 * Keccak, XSalsa20, Poly1305, ChaCha20-Poly1305, Ed25519 signing), our own Java where it has not
 * (HChaCha20, the secretbox composition, ed25519 field and group arithmetic with oxen-core's rules,
 * Ed25519 verification with libsodium's rules) or where ours measured faster (Argon2id: about 1.45×
 * Bouncy Castle's speed on the ONS legacy parameters).
 */
public final class JavaBackend implements Backend {

    @Override
    public String description() {
        return "java (Bouncy Castle " + BouncyCastleVersion.get() + ")";
    }

    @Override
    public byte[] blake2b(byte[] message, byte[] key, int outputLength) {
        Blake2bDigest digest = new Blake2bDigest(key.length == 0 ? null : key, outputLength, null, null);
        digest.update(message, 0, message.length);
        byte[] out = new byte[outputLength];
        digest.doFinal(out, 0);
        return out;
    }

    @Override
    public byte[] keccak256(byte[] message) {
        // BC's KeccakDigest is the original Keccak (padding 0x01), not SHA3Digest.
        KeccakDigest digest = new KeccakDigest(256);
        digest.update(message, 0, message.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    @Override
    public byte[] argon2id(byte[] password, byte[] salt, long opsLimit, long memLimit, int outputLength) {
        long kib = memLimit / 1024; // crypto_pwhash rounds the byte limit down to whole KiB
        if (kib > Integer.MAX_VALUE) { // never past Argon2id.MAX_MEM_LIMIT; kept as the engine's own guard
            throw new InvalidInputException("Argon2id memlimit too large for the Java backend: " + memLimit + " bytes");
        }
        // The engine's memory is one heap array: refuse at once what no heap of this JVM could hold,
        // and turn a failed allocation (heap in use by others) into the same typed error.
        long needed = kib * 1024 + outputLength;
        long heap = Runtime.getRuntime().maxMemory();
        if (needed > heap) {
            throw new InsufficientMemoryException("Argon2id", needed, heap, "the Java heap (-Xmx)", null);
        }
        try {
            byte[] out = new byte[outputLength];
            Argon2idEngine.derive(password, salt, opsLimit, (int) kib, out);
            return out;
        } catch (OutOfMemoryError e) {
            Runtime rt = Runtime.getRuntime();
            throw new InsufficientMemoryException("Argon2id", needed, rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()),
                    "the free Java heap", e);
        }
    }

    @Override
    public byte[] secretboxSeal(byte[] message, byte[] nonce, byte[] key) {
        return XSalsa20Poly1305Box.seal(message, nonce, key);
    }

    @Override
    public byte[] secretboxOpen(byte[] box, byte[] nonce, byte[] key) {
        return XSalsa20Poly1305Box.open(box, nonce, key);
    }

    @Override
    public byte[] xchacha20poly1305Seal(byte[] message, byte[] ad, byte[] nonce, byte[] key) {
        return XChaCha20Poly1305Aead.seal(message, ad, nonce, key);
    }

    @Override
    public byte[] xchacha20poly1305Open(byte[] ciphertext, byte[] ad, byte[] nonce, byte[] key) {
        return XChaCha20Poly1305Aead.open(ciphertext, ad, nonce, key);
    }

    @Override
    public byte[] ed25519PublicKey(byte[] seed) {
        byte[] pk = new byte[32];
        org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, pk, 0);
        return pk;
    }

    @Override
    public byte[] ed25519Sign(byte[] seed, byte[] message) {
        byte[] pk = ed25519PublicKey(seed);
        byte[] signature = new byte[64];
        org.bouncycastle.math.ec.rfc8032.Ed25519.sign(seed, 0, pk, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    @Override
    public boolean ed25519Verify(byte[] signature, byte[] message, byte[] publicKey) {
        return Ed25519Verifier.verify(signature, message, publicKey);
    }

    @Override
    public boolean isValidPoint(byte[] point) {
        return EdwardsPoint.decode(point) != null;
    }

    @Override
    public byte[] pointAdd(byte[] p, byte[] q) {
        EdwardsPoint a = EdwardsPoint.decode(p);
        EdwardsPoint b = EdwardsPoint.decode(q);
        return a == null || b == null ? null : a.add(b).encode();
    }

    @Override
    public byte[] scalarMultBase(byte[] scalar) {
        return EdwardsPoint.scalarMultBase(scalar);
    }

    @Override
    public byte[] doubleScalarMultBase(byte[] a, byte[] point, byte[] b) {
        EdwardsPoint p = EdwardsPoint.decode(point);
        return p == null ? null : EdwardsPoint.doubleScalarMultBaseVartime(a, p, b).encode();
    }

    @Override
    public boolean isCanonicalScalar(byte[] scalar) {
        return Scalar25519.isCanonical(scalar);
    }

    @Override
    public byte[] scalarReduce32(byte[] scalar) {
        return Scalar25519.reduce32(scalar);
    }

    @Override
    public byte[] scalarReduce64(byte[] scalar) {
        return Scalar25519.reduce64(scalar);
    }

    @Override
    public byte[] scalarAdd(byte[] a, byte[] b) {
        return Scalar25519.add(a, b);
    }

    @Override
    public byte[] scalarMul(byte[] a, byte[] b) {
        return Scalar25519.mul(a, b);
    }

    @Override
    public byte[] scalarMulSub(byte[] a, byte[] b, byte[] c) {
        return Scalar25519.mulSub(a, b, c);
    }
}
