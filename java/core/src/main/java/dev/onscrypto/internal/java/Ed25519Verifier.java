package dev.onscrypto.internal.java;

import java.security.MessageDigest;

import org.bouncycastle.crypto.digests.SHA512Digest;

/**
 * Ed25519 verification with exactly libsodium 1.0.18's {@code crypto_sign_verify_detached} rules
 * (the ones oxen-core applies to ed25519 ONS owners), stricter than RFC 8032 on encodings:
 * <ol>
 * <li>S must be canonical (S &lt; l);</li>
 * <li>R must not be one of the small-order encodings (sign bit ignored);</li>
 * <li>A must be canonical (y &lt; p), not a small-order encoding, and must decode;</li>
 * <li>with h = SHA-512(R ‖ A ‖ M) mod l, the encoding of h·(−A) + S·G must equal R byte for byte
 *     (cofactorless; a non-canonical R can therefore never match).</li>
 * </ol>
 * libsodium decodes A with its "negate" variant, which differs from ours only for x = 0, i.e. the
 * points y = ±1 — both on the small-order blacklist, so rejected before decoding either way.
 */
public final class Ed25519Verifier {

    private Ed25519Verifier() {
    }

    /** Whether {@code sig64} is a valid signature of {@code msg} under {@code pk32}; false for wrong lengths. */
    public static boolean verify(byte[] sig64, byte[] msg, byte[] pk32) {
        return msg != null && verify(sig64, msg, 0, msg.length, pk32);
    }

    /** As {@link #verify(byte[], byte[], byte[])} for the message {@code msg[off, off + len)}. */
    public static boolean verify(byte[] sig64, byte[] msg, int off, int len, byte[] pk32) {
        if (sig64 == null || sig64.length != 64 || pk32 == null || pk32.length != 32 || msg == null) {
            return false;
        }
        byte[] r = new byte[32];
        byte[] s = new byte[32];
        System.arraycopy(sig64, 0, r, 0, 32);
        System.arraycopy(sig64, 32, s, 0, 32);
        if (!Scalar25519.isCanonical(s)) {
            return false;
        }
        if (SmallOrderEncodings.matches(r)) {
            return false;
        }
        if (!EdwardsPoint.isCanonicalEncoding(pk32) || SmallOrderEncodings.matches(pk32)) {
            return false;
        }
        EdwardsPoint a = EdwardsPoint.decode(pk32);
        if (a == null) {
            return false;
        }
        byte[] h = challenge(r, pk32, msg, off, len);
        EdwardsPoint check = DoubleScalarMultiplier.multiply(h, a.negate(), s);
        return MessageDigest.isEqual(check.encode(), r);
    }

    /** h = SHA-512(R ‖ A ‖ M) reduced mod l. */
    private static byte[] challenge(byte[] r, byte[] pk, byte[] msg, int off, int len) {
        SHA512Digest sha = new SHA512Digest();
        sha.update(r, 0, 32);
        sha.update(pk, 0, 32);
        sha.update(msg, off, len);
        byte[] digest = new byte[64];
        sha.doFinal(digest, 0);
        return Scalar25519.reduce64(digest);
    }
}
