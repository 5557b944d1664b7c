package dev.onscrypto.internal.java;

import java.lang.foreign.MemorySegment;

import org.bouncycastle.crypto.digests.KeccakDigest;

import dev.onscrypto.InsufficientMemoryException;
import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.HashState;

/**
 * The pure-Java backend: Bouncy Castle where it has the primitive and is fast enough (Keccak,
 * Ed25519 signing), our own Java where it has not (ed25519 field and group arithmetic with
 * oxen-core's rules, Ed25519 verification with libsodium's rules, the XSalsa20 and XChaCha20 AEAD
 * compositions) or where ours measured faster (Argon2id: about 1.45× Bouncy Castle's speed on the ONS
 * legacy parameters; Salsa20, ChaCha20 and Poly1305, whose Bouncy Castle engines hold key copies that
 * could only be wiped by re-keying them, which cost a third of the time of a 64-byte secretbox; BLAKE2b,
 * whose Bouncy Castle digest keeps its working vector in an array rather than in locals).
 */
public final class JavaBackend implements Backend {

    @Override
    public String description() {
        return "java (Bouncy Castle " + BouncyCastleVersion.get() + ")";
    }

    @Override
    public void blake2b(MemorySegment in, byte[] key, MemorySegment out) {
        Blake2b digest = new Blake2b(key, (int) out.byteSize());
        transform(in, null, out, (i, iOff, iLen, o, oOff) -> {
            try {
                digest.update(i, iOff, iLen);
                digest.finish(o, oOff); // wipes the state, key block included
            } catch (RuntimeException | Error e) {
                digest.wipe();
                throw e;
            }
            return true;
        });
    }

    @Override
    public HashState blake2bState(byte[] key, int outputLength) {
        return JavaHashState.blake2b(key, outputLength);
    }

    @Override
    public void keccak256(MemorySegment in, MemorySegment out) {
        // BC's KeccakDigest is the original Keccak (padding 0x01), not SHA3Digest.
        KeccakDigest digest = new KeccakDigest(256);
        transform(in, null, out, (i, iOff, iLen, o, oOff) -> {
            digest.update(i, iOff, iLen);
            digest.doFinal(o, oOff);
            return true;
        });
    }

    @Override
    public HashState keccak256State() {
        return JavaHashState.keccak256();
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
    public void secretboxSeal(MemorySegment message, byte[] nonce, byte[] key, MemorySegment box) {
        transform(message, box, box, (i, iOff, iLen, o, oOff) -> {
            XSalsa20Poly1305Box.seal(i, iOff, iLen, nonce, key, o, oOff);
            return true;
        });
    }

    @Override
    public boolean secretboxOpen(MemorySegment box, byte[] nonce, byte[] key, MemorySegment message) {
        return transform(box, message, message,
                (i, iOff, iLen, o, oOff) -> XSalsa20Poly1305Box.open(i, iOff, iLen, nonce, key, o, oOff));
    }

    @Override
    public void xchacha20poly1305Seal(MemorySegment message, byte[] ad, byte[] nonce, byte[] key,
            MemorySegment out) {
        transform(message, out, out, (i, iOff, iLen, o, oOff) -> {
            XChaCha20Poly1305Aead.seal(i, iOff, iLen, ad, nonce, key, o, oOff);
            return true;
        });
    }

    @Override
    public boolean xchacha20poly1305Open(MemorySegment ciphertext, byte[] ad, byte[] nonce, byte[] key,
            MemorySegment out) {
        return transform(ciphertext, out, out,
                (i, iOff, iLen, o, oOff) -> XChaCha20Poly1305Aead.open(i, iOff, iLen, ad, nonce, key, o, oOff));
    }

    @Override
    public byte[] ed25519PublicKey(byte[] seed) {
        byte[] pk = new byte[32];
        org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, pk, 0);
        return pk;
    }

    @Override
    public void ed25519Sign(byte[] seed, MemorySegment message, MemorySegment signature) {
        byte[] pk = ed25519PublicKey(seed);
        HeapRange m = HeapRange.input(message, null);
        HeapRange o = HeapRange.output(signature);
        org.bouncycastle.math.ec.rfc8032.Ed25519.sign(seed, 0, pk, 0, m.array, m.offset, m.length, o.array, o.offset);
        m.wipe();
        o.finish();
    }

    @Override
    public boolean ed25519Verify(byte[] signature, MemorySegment message, byte[] publicKey) {
        HeapRange m = HeapRange.input(message, null);
        try {
            return Ed25519Verifier.verify(signature, m.array, m.offset, m.length, publicKey);
        } finally {
            m.wipe();
        }
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
        return FixedBaseMultiplier.multiply(scalar);
    }

    @Override
    public byte[] doubleScalarMultBase(byte[] a, byte[] point, byte[] b) {
        EdwardsPoint p = EdwardsPoint.decode(point);
        return p == null ? null : DoubleScalarMultiplier.multiply(a, p, b).encode();
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

    /** A Bouncy Castle call over array ranges: reads {@code in}, writes {@code out}; {@code false} = rejected. */
    @FunctionalInterface
    private interface RangeCall {
        boolean apply(byte[] in, int inOffset, int inLength, byte[] out, int outOffset);
    }

    /**
     * Runs {@code call} over {@code in} and {@code out} as arrays (in place where they are writable heap
     * arrays, else through private copies; {@code in} is copied too when {@code overlapping} overlaps it).
     * The output reaches {@code out} only when the call succeeds, and private copies are zeroed whatever
     * happens, an exception included.
     */
    private static boolean transform(MemorySegment in, MemorySegment overlapping, MemorySegment out, RangeCall call) {
        HeapRange i = HeapRange.input(in, overlapping);
        HeapRange o = HeapRange.output(out);
        boolean ok = false;
        try {
            ok = call.apply(i.array, i.offset, i.length, o.array, o.offset);
            return ok;
        } finally {
            i.wipe();
            if (ok) {
                o.finish();
            } else {
                o.wipe();
            }
        }
    }
}
