package dev.onscrypto.internal.java;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A stream cipher made of 64-byte keystream blocks addressed by a block counter (Salsa20, ChaCha20):
 * XORs the keystream from any byte position into a range. Our own rather than Bouncy Castle's engines
 * so that every array holding the key or keystream is ours to zero ({@link #wipe}) without re-keying a
 * foreign object, and so that nothing is allocated per block. One instance serves one call on one
 * thread.
 */
abstract sealed class KeystreamCipher permits ChaCha20, Salsa20 {
    /** Little-endian 32-bit words of a byte array, as both ciphers read and write them. */
    static final VarHandle LE_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    static final int BLOCK = 64;

    /** "expand 32-byte k" as four little-endian words: both ciphers' constant input words. */
    static final int SIGMA0 = 0x61707865;
    static final int SIGMA1 = 0x3320646e;
    static final int SIGMA2 = 0x79622d32;
    static final int SIGMA3 = 0x6b206574;

    /** The 16-word input block (constants, key, nonce); {@link #block} fills in the counter. */
    final int[] state = new int[16];
    private final int[] keystream = new int[16];
    private long buffered = -1; // the counter of the block held in keystream, or -1

    /** Writes keystream block number {@code counter} (16 words) to {@code out}. */
    abstract void block(long counter, int[] out);

    /**
     * Keystream block 0. Both secretbox and the IETF AEAD take their one-time Poly1305 key from its first
     * 32 bytes (libsodium crypto_secretbox_xsalsa20poly1305.c, RFC 8439 §2.6); the array stays valid
     * until the next call on this cipher.
     */
    final int[] firstBlock() {
        return blockAt(0);
    }

    /** {@code out[outOff..+len] = in[inOff..+len] XOR keystream[position..+len]}. */
    final void xor(long position, byte[] in, int inOff, byte[] out, int outOff, int len) {
        long counter = position >>> 6;
        int skip = (int) (position & (BLOCK - 1));
        while (len > 0) {
            if (skip == 0 && len >= BLOCK) {
                block(counter, keystream);
                buffered = counter;
                int[] ks = keystream;
                for (int i = 0; i < 16; i++) {
                    LE_INT.set(out, outOff + 4 * i, (int) LE_INT.get(in, inOff + 4 * i) ^ ks[i]);
                }
                inOff += BLOCK;
                outOff += BLOCK;
                len -= BLOCK;
            } else {
                int[] ks = blockAt(counter);
                int n = Math.min(BLOCK - skip, len);
                int i = 0;
                if ((skip & 3) == 0) {
                    for (; i + 4 <= n; i += 4) {
                        LE_INT.set(out, outOff + i, (int) LE_INT.get(in, inOff + i) ^ ks[(skip + i) >>> 2]);
                    }
                }
                for (; i < n; i++) {
                    int k = skip + i;
                    out[outOff + i] = (byte) (in[inOff + i] ^ (ks[k >>> 2] >>> (8 * (k & 3))));
                }
                inOff += n;
                outOff += n;
                len -= n;
                skip = 0;
            }
            counter++;
        }
    }

    /** Zeroes the key, nonce and keystream this cipher holds. */
    final void wipe() {
        Arrays.fill(state, 0);
        Arrays.fill(keystream, 0);
        buffered = -1;
    }

    private int[] blockAt(long counter) {
        if (buffered != counter) {
            block(counter, keystream);
            buffered = counter;
        }
        return keystream;
    }
}
