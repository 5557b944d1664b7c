package dev.onscrypto.internal.java;

import java.util.Arrays;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * XChaCha20-Poly1305-IETF: subkey = HChaCha20(key, nonce[0..16]), then RFC 8439 ChaCha20-Poly1305
 * (Bouncy Castle) with the 12-byte nonce 00000000 ‖ nonce[16..24]. Ranges are the caller's; the output
 * does not overlap the input ({@link JavaBackend} copies the input first when it would).
 */
final class XChaCha20Poly1305Aead {
    private static final int TAG = 16;
    private static final byte[] ZERO_KEY = new byte[32];
    private static final byte[] ZERO_NONCE = new byte[12];

    private XChaCha20Poly1305Aead() {}

    /** Writes ciphertext ‖ tag, {@code len + 16} bytes, at {@code out[outOff]}. */
    static void seal(byte[] in, int off, int len, byte[] ad, byte[] nonce, byte[] key, byte[] out, int outOff) {
        ChaCha20Poly1305 aead = new ChaCha20Poly1305();
        try {
            init(aead, true, ad, nonce, key);
            int n = aead.processBytes(in, off, len, out, outOff);
            aead.doFinal(out, outOff + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("encryption cannot fail", e);
        } finally {
            forgetKey(aead);
        }
    }

    /**
     * Writes the {@code len − 16} plaintext bytes at {@code out[outOff]} and returns true, or returns
     * false with that range zeroed if the tag does not verify (Bouncy Castle writes plaintext before it
     * checks the tag).
     */
    static boolean open(byte[] in, int off, int len, byte[] ad, byte[] nonce, byte[] key, byte[] out, int outOff) {
        ChaCha20Poly1305 aead = new ChaCha20Poly1305();
        try {
            init(aead, false, ad, nonce, key);
            int n = aead.processBytes(in, off, len, out, outOff);
            aead.doFinal(out, outOff + n);
            return true;
        } catch (InvalidCipherTextException badTag) {
            Arrays.fill(out, outOff, outOff + len - TAG, (byte) 0);
            return false;
        } finally {
            forgetKey(aead);
        }
    }

    private static void init(ChaCha20Poly1305 aead, boolean encrypt, byte[] ad, byte[] nonce, byte[] key) {
        byte[] subkey = HChaCha20.subkey(key, nonce);
        byte[] ietfNonce = new byte[12];
        System.arraycopy(nonce, 16, ietfNonce, 4, 8);
        // KeyParameter copies the key, and getKey() returns that copy itself (not another): wipe it once
        // ChaCha20Poly1305 has taken its own.
        KeyParameter keyParameter = new KeyParameter(subkey);
        Arrays.fill(subkey, (byte) 0);
        try {
            aead.init(encrypt, new AEADParameters(keyParameter, 128, ietfNonce, ad));
        } finally {
            Arrays.fill(keyParameter.getKey(), (byte) 0);
        }
    }

    /**
     * Bouncy Castle keeps the subkey in the cipher (its own copy, the ChaCha state and the Poly1305 key)
     * and has no way to wipe it; re-keying with zeros overwrites all three. Decrypt mode, so the
     * nonce-reuse guard of encrypt mode cannot object.
     */
    private static void forgetKey(ChaCha20Poly1305 aead) {
        aead.init(false, new AEADParameters(new KeyParameter(ZERO_KEY), 128, ZERO_NONCE));
    }
}
