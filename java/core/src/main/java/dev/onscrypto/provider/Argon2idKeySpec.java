package dev.onscrypto.provider;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Objects;

import dev.onscrypto.secret.SecretBytes;

/**
 * Input to the {@code Argon2id} {@code SecretKeyFactory} of provider {@code OnsCrypto}: password,
 * 16-byte salt, libsodium's {@code opslimit} (passes) and {@code memlimit} (bytes), and the key
 * length in bytes. A {@code char[]} password is encoded as UTF-8, which is what libsodium is given
 * by programs that pass it a string. Ranges are checked by the factory (libsodium's: opslimit ≥ 1,
 * memlimit ≥ 8192, key length ≥ 16). Call {@link #clearPassword()} when done: like the JDK's
 * {@code PBEKeySpec}, the spec then zeroes its copy of the password and refuses to give it out.
 */
public final class Argon2idKeySpec implements KeySpec {
    private final SecretBytes password;
    private final byte[] salt;
    private final long opsLimit;
    private final long memLimit;
    private final int keyLength;

    /**
     * A password given as bytes, used as is.
     *
     * @param password the password bytes (copied)
     * @param salt 16 bytes
     * @param opsLimit libsodium {@code opslimit}: number of passes
     * @param memLimit libsodium {@code memlimit}: memory in bytes
     * @param keyLength length of the derived key in bytes
     */
    public Argon2idKeySpec(byte[] password, byte[] salt, long opsLimit, long memLimit, int keyLength) {
        this.password = SecretBytes.copyOf(Objects.requireNonNull(password, "password"));
        this.salt = Objects.requireNonNull(salt, "salt").clone();
        this.opsLimit = opsLimit;
        this.memLimit = memLimit;
        this.keyLength = keyLength;
    }

    /**
     * A password given as characters, encoded as UTF-8.
     *
     * @param password the password (encoded into a copy)
     * @param salt 16 bytes
     * @param opsLimit libsodium {@code opslimit}: number of passes
     * @param memLimit libsodium {@code memlimit}: memory in bytes
     * @param keyLength length of the derived key in bytes
     * @throws IllegalArgumentException if it contains an unpaired surrogate (no UTF-8 encoding)
     */
    public Argon2idKeySpec(char[] password, byte[] salt, long opsLimit, long memLimit, int keyLength) {
        this.password = SecretBytes.adopt(utf8(Objects.requireNonNull(password, "password")));
        this.salt = Objects.requireNonNull(salt, "salt").clone();
        this.opsLimit = opsLimit;
        this.memLimit = memLimit;
        this.keyLength = keyLength;
    }

    /**
     * {@return a copy of the password bytes}
     *
     * @throws IllegalStateException after {@link #clearPassword()}
     */
    public byte[] getPassword() {
        return password.toByteArray();
    }

    /** {@return a copy of the salt} */
    public byte[] getSalt() {
        return salt.clone();
    }

    /** {@return libsodium {@code opslimit} (passes)} */
    public long getOpsLimit() {
        return opsLimit;
    }

    /** {@return the memory limit in bytes} */
    public long getMemLimit() {
        return memLimit;
    }

    /** {@return the derived key length in bytes} */
    public int getKeyLength() {
        return keyLength;
    }

    /** Zeroes this spec's copy of the password; the password can no longer be read. */
    public void clearPassword() {
        password.destroy();
    }

    // Through a CharBuffer rather than a String, so no immutable copy of the password is left behind.
    private static byte[] utf8(char[] chars) {
        ByteBuffer encoded = null;
        try {
            encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(chars));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("password has no UTF-8 encoding (unpaired surrogate)", e);
        } finally {
            if (encoded != null && encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
