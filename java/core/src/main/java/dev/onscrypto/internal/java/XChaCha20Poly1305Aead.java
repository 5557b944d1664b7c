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
    private XChaCha20Poly1305Aead() {}

    static byte[] seal(byte[] message, byte[] ad, byte[] nonce, byte[] key) {
        ChaCha20Poly1305 aead = init(true, ad, nonce, key);
        byte[] out = new byte[aead.getOutputSize(message.length)];
        int n = aead.processBytes(message, 0, message.length, out, 0);
        try {
            aead.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("encryption cannot fail", e);
        }
        return out;
    }

    /** The plaintext, or {@code null} if the tag does not verify. */
    static byte[] open(byte[] ciphertext, byte[] ad, byte[] nonce, byte[] key) {
        ChaCha20Poly1305 aead = init(false, ad, nonce, key);
        byte[] out = new byte[aead.getOutputSize(ciphertext.length)];
        int n = aead.processBytes(ciphertext, 0, ciphertext.length, out, 0);
        try {
            aead.doFinal(out, n);
            return out;
        } catch (InvalidCipherTextException badTag) {
            Arrays.fill(out, (byte) 0);
            return null;
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
