package dev.onscrypto.internal.java;

import java.util.Arrays;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * XChaCha20-Poly1305-IETF: subkey = HChaCha20(key, nonce[0..16]), then RFC 8439 ChaCha20-Poly1305
 * (Bouncy Castle) with the 12-byte nonce 00000000 ‖ nonce[16..24].
 */
final class XChaCha20Poly1305Aead {
    private static final byte[] ZERO_KEY = new byte[32];
    private static final byte[] ZERO_NONCE = new byte[12];

    private XChaCha20Poly1305Aead() {}

    static byte[] seal(byte[] message, byte[] ad, byte[] nonce, byte[] key) {
        ChaCha20Poly1305 aead = new ChaCha20Poly1305();
        try {
            init(aead, true, ad, nonce, key);
            byte[] out = new byte[aead.getOutputSize(message.length)];
            int n = aead.processBytes(message, 0, message.length, out, 0);
            aead.doFinal(out, n);
            return out;
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("encryption cannot fail", e);
        } finally {
            forgetKey(aead);
        }
    }

    /** The plaintext, or {@code null} if the tag does not verify. */
    static byte[] open(byte[] ciphertext, byte[] ad, byte[] nonce, byte[] key) {
        ChaCha20Poly1305 aead = new ChaCha20Poly1305();
        try {
            init(aead, false, ad, nonce, key);
            byte[] out = new byte[aead.getOutputSize(ciphertext.length)];
            int n = aead.processBytes(ciphertext, 0, ciphertext.length, out, 0);
            try {
                aead.doFinal(out, n);
                return out;
            } catch (InvalidCipherTextException badTag) {
                Arrays.fill(out, (byte) 0);
                return null;
            }
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
