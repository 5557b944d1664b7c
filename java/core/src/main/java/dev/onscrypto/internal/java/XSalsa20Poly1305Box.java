package dev.onscrypto.internal.java;

import java.security.MessageDigest;
import java.util.Arrays;

import org.bouncycastle.crypto.engines.XSalsa20Engine;
import org.bouncycastle.crypto.macs.Poly1305;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * libsodium's {@code crypto_secretbox_easy}: the first 32 bytes of the XSalsa20 keystream key
 * Poly1305, the rest encrypts; output is tag ‖ ciphertext. Bouncy Castle has the two parts but not
 * this composition. Ranges are the caller's; the output does not overlap the input ({@link JavaBackend}
 * copies the input first when it would).
 */
final class XSalsa20Poly1305Box {
    private static final int TAG = 16;
    private static final byte[] ZERO_KEY = new byte[32];
    private static final byte[] ZERO_NONCE = new byte[24];

    private XSalsa20Poly1305Box() {}

    /** Writes tag ‖ ciphertext, {@code len + 16} bytes, at {@code out[outOff]}. */
    static void seal(byte[] in, int off, int len, byte[] nonce, byte[] key, byte[] out, int outOff) {
        XSalsa20Engine stream = stream(nonce, key);
        try {
            byte[] macKey = macKey(stream);
            stream.processBytes(in, off, len, out, outOff + TAG);
            tag(macKey, out, outOff + TAG, len, out, outOff);
        } finally {
            forgetKey(stream);
        }
    }

    /** Writes the {@code len − 16} plaintext bytes at {@code out[outOff]}, or returns false if the tag does not verify. */
    static boolean open(byte[] in, int off, int len, byte[] nonce, byte[] key, byte[] out, int outOff) {
        XSalsa20Engine stream = stream(nonce, key);
        try {
            byte[] macKey = macKey(stream);
            byte[] expected = new byte[TAG];
            tag(macKey, in, off + TAG, len - TAG, expected, 0);
            // Constant-time: the comparison must not tell an attacker how many tag bytes were right.
            if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(in, off, off + TAG))) {
                return false;
            }
            stream.processBytes(in, off + TAG, len - TAG, out, outOff);
            return true;
        } finally {
            forgetKey(stream);
        }
    }

    private static XSalsa20Engine stream(byte[] nonce, byte[] key) {
        XSalsa20Engine engine = new XSalsa20Engine();
        // KeyParameter copies the key, and getKey() returns that copy itself: wipe it once the engine
        // has taken the key into its own state.
        KeyParameter keyParameter = new KeyParameter(key);
        try {
            engine.init(true, new ParametersWithIV(keyParameter, nonce));
        } finally {
            Arrays.fill(keyParameter.getKey(), (byte) 0);
        }
        return engine;
    }

    /** Overwrites the engine's key-derived state (and its buffered keystream) by re-keying with zeros. */
    private static void forgetKey(XSalsa20Engine stream) {
        stream.init(true, new ParametersWithIV(new KeyParameter(ZERO_KEY), ZERO_NONCE));
    }

    private static byte[] macKey(XSalsa20Engine stream) {
        byte[] macKey = new byte[32];
        stream.processBytes(macKey, 0, 32, macKey, 0);
        return macKey;
    }

    private static void tag(byte[] macKey, byte[] data, int off, int len, byte[] out, int outOff) {
        Poly1305 mac = new Poly1305();
        KeyParameter keyParameter = new KeyParameter(macKey);
        Arrays.fill(macKey, (byte) 0);
        try {
            mac.init(keyParameter);
        } finally {
            Arrays.fill(keyParameter.getKey(), (byte) 0);
        }
        mac.update(data, off, len);
        mac.doFinal(out, outOff);
        mac.init(new KeyParameter(ZERO_KEY)); // overwrite the one-time key held in the MAC's state
    }
}
