package dev.onscrypto.provider;

import dev.onscrypto.AuthenticationFailedException;
import dev.onscrypto.primitives.Primitives;
import dev.onscrypto.primitives.XSalsa20Poly1305;
import dev.onscrypto.primitives.XChaCha20Poly1305;

/**
 * The two authenticated ciphers behind {@link AeadCipher}: what differs is only the backend call,
 * the output layout (fixed by the backend) and whether associated data exists. Both take a 32-byte
 * key and a 24-byte nonce and add a 16-byte tag.
 */
interface Aead {
    int KEY_LENGTH = 32;
    int NONCE_LENGTH = 24;
    int TAG_LENGTH = 16;

    String name();

    /** False for XSalsa20-Poly1305, which authenticates the ciphertext only. */
    boolean supportsAad();

    byte[] seal(byte[] message, byte[] aad, byte[] nonce, byte[] key);

    /** @throws AuthenticationFailedException if the tag does not verify */
    byte[] open(byte[] ciphertext, byte[] aad, byte[] nonce, byte[] key);

    /** XChaCha20-Poly1305-IETF: ciphertext ‖ tag, with associated data. */
    static Aead xchacha20Poly1305(Primitives primitives) {
        XChaCha20Poly1305 aead = primitives.xchacha20Poly1305();
        return new Aead() {
            @Override
            public String name() {
                return "XChaCha20-Poly1305";
            }

            @Override
            public boolean supportsAad() {
                return true;
            }

            @Override
            public byte[] seal(byte[] message, byte[] aad, byte[] nonce, byte[] key) {
                return aead.seal(message, aad, nonce, key);
            }

            @Override
            public byte[] open(byte[] ciphertext, byte[] aad, byte[] nonce, byte[] key) {
                return aead.open(ciphertext, aad, nonce, key);
            }
        };
    }

    /**
     * XSalsa20-Poly1305 in libsodium's secretbox layout, tag ‖ ciphertext — the layout of legacy ONS
     * records, kept so that boxes made by libsodium open here and vice versa. No associated data.
     */
    static Aead xsalsa20Poly1305(Primitives primitives) {
        XSalsa20Poly1305 box = primitives.xsalsa20Poly1305();
        return new Aead() {
            @Override
            public String name() {
                return "XSalsa20-Poly1305";
            }

            @Override
            public boolean supportsAad() {
                return false;
            }

            @Override
            public byte[] seal(byte[] message, byte[] aad, byte[] nonce, byte[] key) {
                return box.seal(message, nonce, key);
            }

            @Override
            public byte[] open(byte[] ciphertext, byte[] aad, byte[] nonce, byte[] key) {
                return box.open(ciphertext, nonce, key);
            }
        };
    }
}
