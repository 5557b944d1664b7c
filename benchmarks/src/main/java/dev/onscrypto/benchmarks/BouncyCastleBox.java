package dev.onscrypto.benchmarks;

import java.security.MessageDigest;

import org.bouncycastle.crypto.engines.XSalsa20Engine;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * crypto_secretbox_easy (tag ‖ ciphertext) composed straight from Bouncy Castle's XSalsa20 and
 * Poly1305, as a BC user would write it: BC has no secretbox of its own, and the anchor must be BC
 * without our code in between.
 */
final class BouncyCastleBox {
    private static final int TAG = 16;

    private BouncyCastleBox() {
    }

    static byte[] seal(byte[] message, byte[] nonce, byte[] key) {
        XSalsa20Engine stream = stream(nonce, key);
        byte[] macKey = firstKeystreamBlock(stream);
        byte[] out = new byte[TAG + message.length];
        stream.processBytes(message, 0, message.length, out, TAG);
        Poly1305 mac = mac(macKey);
        mac.update(out, TAG, message.length);
        mac.doFinal(out, 0);
        return out;
    }

    /** The opened message, or null when the tag does not match. */
    static byte[] open(byte[] box, byte[] nonce, byte[] key) {
        if (box.length < TAG) {
            return null;
        }
        XSalsa20Engine stream = stream(nonce, key);
        Poly1305 mac = mac(firstKeystreamBlock(stream));
        mac.update(box, TAG, box.length - TAG);
        byte[] expected = new byte[TAG];
        mac.doFinal(expected, 0);
        byte[] tag = java.util.Arrays.copyOf(box, TAG);
        if (!MessageDigest.isEqual(expected, tag)) {
            return null;
        }
        byte[] message = new byte[box.length - TAG];
        stream.processBytes(box, TAG, message.length, message, 0);
        return message;
    }

    private static XSalsa20Engine stream(byte[] nonce, byte[] key) {
        XSalsa20Engine engine = new XSalsa20Engine();
        engine.init(true, new ParametersWithIV(new KeyParameter(key), nonce));
        return engine;
    }

    /** secretbox's Poly1305 key is the first 32 keystream bytes; the message is XORed from byte 32 on. */
    private static byte[] firstKeystreamBlock(XSalsa20Engine stream) {
        byte[] macKey = new byte[32];
        stream.processBytes(macKey, 0, 32, macKey, 0);
        return macKey;
    }

    private static Poly1305 mac(byte[] macKey) {
        Poly1305 mac = new Poly1305();
        mac.init(new KeyParameter(macKey));
        return mac;
    }
}
