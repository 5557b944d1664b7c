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

    private XChaCha20Poly1305Aead() {}

    /** Writes ciphertext ‖ tag, {@code len + 16} bytes, at {@code out[outOff]}. */
    static void seal(byte[] in, int off, int len, byte[] ad, byte[] nonce, byte[] key, byte[] out, int outOff) {
        ChaCha20Poly1305 aead = init(true, ad, nonce, key);
        int n = aead.processBytes(in, off, len, out, outOff);
        try {
            aead.doFinal(out, outOff + n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("encryption cannot fail", e);
        }
    }

    /**
     * Writes the {@code len − 16} plaintext bytes at {@code out[outOff]} and returns true, or returns
     * false with that range zeroed if the tag does not verify (Bouncy Castle writes plaintext before it
     * checks the tag).
     */
    static boolean open(byte[] in, int off, int len, byte[] ad, byte[] nonce, byte[] key, byte[] out, int outOff) {
        ChaCha20Poly1305 aead = init(false, ad, nonce, key);
        try {
            int n = aead.processBytes(in, off, len, out, outOff);
            aead.doFinal(out, outOff + n);
            return true;
        } catch (InvalidCipherTextException badTag) {
            Arrays.fill(out, outOff, outOff + len - TAG, (byte) 0);
            return false;
        }
    }

    private static ChaCha20Poly1305 init(boolean encrypt, byte[] ad, byte[] nonce, byte[] key) {
        byte[] subkey = HChaCha20.subkey(key, nonce);
        byte[] ietfNonce = new byte[12];
        System.arraycopy(nonce, 16, ietfNonce, 4, 8);
        ChaCha20Poly1305 aead = new ChaCha20Poly1305();
        KeyParameter keyParameter = new KeyParameter(subkey);
        aead.init(encrypt, new AEADParameters(keyParameter, 128, ietfNonce, ad));
        Arrays.fill(subkey, (byte) 0);
        return aead;
    }
}
