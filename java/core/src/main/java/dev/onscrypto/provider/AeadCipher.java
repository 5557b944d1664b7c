package dev.onscrypto.provider;

import java.nio.ByteBuffer;
import java.security.AlgorithmParameters;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.InvalidParameterSpecException;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.CipherSpi;
import javax.crypto.NoSuchPaddingException;
import javax.crypto.SecretKey;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.IvParameterSpec;

import dev.onscrypto.AuthenticationFailedException;

/**
 * {@code Cipher} engine with AEAD semantics over one {@link Aead}. Everything is buffered and the
 * work happens in {@code doFinal}: decryption must not release a byte of plaintext before the tag has
 * been checked (SunJCE's ChaCha20-Poly1305 buffers decryption likewise), and encryption, which SunJCE
 * may emit as it goes, is one call to the backend's one-shot AEAD here. {@code update} therefore always
 * returns nothing; the JCA contract allows that for both directions.
 *
 * <p>Parameters: a 32-byte {@code SecretKey} in {@code RAW} format and the 24-byte nonce as an
 * {@link IvParameterSpec} (or as this provider's {@code AlgorithmParameters}). Encryption without a nonce draws a random one (read it with
 * {@code getIV()}); decryption without one is an error. Because a nonce must never encrypt twice
 * under one key, an encryption {@code doFinal} leaves the cipher unusable until it is initialised
 * again, and re-initialising for encryption with the same key and nonce is refused — the rules the
 * JDK applies to its own ChaCha20-Poly1305 and AES/GCM.
 */
final class AeadCipher extends CipherSpi {
    private final Aead aead;
    private final Provider provider;
    private final Accumulator input = new Accumulator();
    private final Accumulator aad = new Accumulator();
    private int opmode; // 0 until initialised
    private byte[] key;
    private byte[] nonce;
    private boolean messageStarted;
    private boolean encryptionDone;

    AeadCipher(Aead aead, Provider provider) {
        this.aead = aead;
        this.provider = provider;
    }

    @Override
    protected void engineSetMode(String mode) throws NoSuchAlgorithmException {
        if (!"NONE".equalsIgnoreCase(mode)) {
            throw new NoSuchAlgorithmException(aead.name() + " has no mode " + mode + "; use NONE");
        }
    }

    @Override
    protected void engineSetPadding(String padding) throws NoSuchPaddingException {
        if (!"NoPadding".equalsIgnoreCase(padding)) {
            throw new NoSuchPaddingException(aead.name() + " has no padding " + padding + "; use NoPadding");
        }
    }

    @Override
    protected int engineGetBlockSize() {
        return 0; // a stream cipher
    }

    @Override
    protected int engineGetOutputSize(int inputLen) {
        long total = (long) input.size() + Math.max(inputLen, 0);
        long out = opmode == Cipher.DECRYPT_MODE ? Math.max(0, total - Aead.TAG_LENGTH) : total + Aead.TAG_LENGTH;
        return (int) Math.min(out, Integer.MAX_VALUE);
    }

    @Override
    protected byte[] engineGetIV() {
        return nonce == null ? null : nonce.clone();
    }

    /** The nonce as this provider's {@code AlgorithmParameters} (see {@link NonceParameters}); null before init. */
    @Override
    protected AlgorithmParameters engineGetParameters() {
        if (nonce == null) {
            return null;
        }
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance(aead.name(), provider);
            parameters.init(new IvParameterSpec(nonce));
            return parameters;
        } catch (NoSuchAlgorithmException | InvalidParameterSpecException e) {
            throw new IllegalStateException("the provider registers " + aead.name() + " parameters", e);
        }
    }

    @Override
    protected int engineGetKeySize(Key key) throws InvalidKeyException {
        byte[] raw = rawKey(key);
        Arrays.fill(raw, (byte) 0);
        return Aead.KEY_LENGTH * 8;
    }

    @Override
    protected void engineInit(int opmode, Key key, SecureRandom random) throws InvalidKeyException {
        try {
            init(opmode, key, null, random);
        } catch (InvalidAlgorithmParameterException missingNonce) {
            // The JCA contract for init without parameters: a decryptor that needs them says InvalidKeyException.
            throw new InvalidKeyException(missingNonce.getMessage(), missingNonce);
        }
    }

    @Override
    protected void engineInit(int opmode, Key key, AlgorithmParameterSpec params, SecureRandom random)
            throws InvalidKeyException, InvalidAlgorithmParameterException {
        init(opmode, key, params, random);
    }

    @Override
    protected void engineInit(int opmode, Key key, AlgorithmParameters params, SecureRandom random)
            throws InvalidKeyException, InvalidAlgorithmParameterException {
        IvParameterSpec spec = null;
        if (params != null) {
            try {
                spec = params.getParameterSpec(IvParameterSpec.class);
            } catch (InvalidParameterSpecException e) {
                throw new InvalidAlgorithmParameterException(aead.name() + " takes its nonce as an IvParameterSpec", e);
            }
        }
        init(opmode, key, spec, random);
    }

    private void init(int mode, Key newKey, AlgorithmParameterSpec params, SecureRandom random)
            throws InvalidKeyException, InvalidAlgorithmParameterException {
        if (mode != Cipher.ENCRYPT_MODE && mode != Cipher.DECRYPT_MODE) {
            throw new UnsupportedOperationException(aead.name() + " supports ENCRYPT_MODE and DECRYPT_MODE only");
        }
        byte[] rawKey = rawKey(newKey);
        byte[] newNonce;
        try {
            newNonce = nonce(mode, params, random);
            if (mode == Cipher.ENCRYPT_MODE && opmode == Cipher.ENCRYPT_MODE && Arrays.equals(newNonce, nonce)
                    && MessageDigest.isEqual(rawKey, key)) {
                throw new InvalidAlgorithmParameterException(
                        "this key and nonce were already used to encrypt; a nonce must never be reused");
            }
        } catch (InvalidAlgorithmParameterException e) {
            Arrays.fill(rawKey, (byte) 0);
            throw e;
        }
        forgetKey();
        key = rawKey;
        nonce = newNonce;
        opmode = mode;
        encryptionDone = false;
        clearInput();
    }

    private byte[] nonce(int mode, AlgorithmParameterSpec params, SecureRandom random)
            throws InvalidAlgorithmParameterException {
        if (params == null) {
            if (mode == Cipher.DECRYPT_MODE) {
                throw new InvalidAlgorithmParameterException(
                        aead.name() + " decryption needs the 24-byte nonce as an IvParameterSpec");
            }
            byte[] fresh = new byte[Aead.NONCE_LENGTH];
            (random != null ? random : new SecureRandom()).nextBytes(fresh);
            return fresh;
        }
        if (!(params instanceof IvParameterSpec iv)) {
            throw new InvalidAlgorithmParameterException(
                    aead.name() + " takes its nonce as an IvParameterSpec, got " + params.getClass().getName());
        }
        byte[] given = iv.getIV();
        if (given.length != Aead.NONCE_LENGTH) {
            throw new InvalidAlgorithmParameterException(
                    aead.name() + " nonce must be " + Aead.NONCE_LENGTH + " bytes, got " + given.length);
        }
        return given;
    }

    private byte[] rawKey(Key candidate) throws InvalidKeyException {
        if (!(candidate instanceof SecretKey secret) || !"RAW".equalsIgnoreCase(secret.getFormat())) {
            throw new InvalidKeyException(aead.name() + " needs a SecretKey in RAW format (e.g. a SecretKeySpec)");
        }
        byte[] raw;
        try {
            raw = secret.getEncoded();
        } catch (IllegalStateException destroyed) {
            throw new InvalidKeyException("key has been destroyed", destroyed);
        }
        if (raw == null || raw.length != Aead.KEY_LENGTH) {
            int length = raw == null ? 0 : raw.length;
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
            throw new InvalidKeyException(aead.name() + " key must be " + Aead.KEY_LENGTH + " bytes, got " + length);
        }
        return raw;
    }

    @Override
    protected void engineUpdateAAD(byte[] src, int offset, int len) {
        checkAadAllowed();
        aad.append(src, offset, len);
    }

    @Override
    protected void engineUpdateAAD(ByteBuffer src) {
        checkAadAllowed();
        aad.append(src);
    }

    private void checkAadAllowed() {
        if (!aead.supportsAad()) {
            throw new IllegalStateException(aead.name()
                    + " (libsodium secretbox) has no associated data; use XChaCha20-Poly1305 for AAD");
        }
        checkReady();
        if (messageStarted) {
            throw new IllegalStateException("associated data must be supplied before the message");
        }
    }

    @Override
    protected byte[] engineUpdate(byte[] in, int offset, int len) {
        buffer(in, offset, len);
        return new byte[0];
    }

    @Override
    protected int engineUpdate(byte[] in, int offset, int len, byte[] out, int outOffset) {
        buffer(in, offset, len);
        return 0;
    }

    @Override
    protected byte[] engineDoFinal(byte[] in, int offset, int len) throws AEADBadTagException {
        buffer(in, offset, len);
        return finish();
    }

    @Override
    protected int engineDoFinal(byte[] in, int offset, int len, byte[] out, int outOffset)
            throws ShortBufferException, AEADBadTagException {
        checkReady();
        // Checked before anything is consumed, so the caller can retry with a larger buffer.
        int needed = engineGetOutputSize(in == null ? 0 : len);
        if (out == null || outOffset < 0 || out.length - outOffset < needed) {
            throw new ShortBufferException(needed + " bytes of output space needed");
        }
        buffer(in, offset, len);
        byte[] result = finish();
        try {
            System.arraycopy(result, 0, out, outOffset, result.length);
            return result.length;
        } finally {
            Arrays.fill(result, (byte) 0);
        }
    }

    private void buffer(byte[] in, int offset, int len) {
        checkReady();
        if (in != null && len > 0) {
            messageStarted = true;
            input.append(in, offset, len);
        }
    }

    private byte[] finish() throws AEADBadTagException {
        checkReady();
        byte[] data = input.toByteArray();
        byte[] associated = aad.toByteArray();
        try {
            if (opmode == Cipher.ENCRYPT_MODE) {
                byte[] sealed = aead.seal(data, associated, nonce, key);
                encryptionDone = true;
                return sealed;
            }
            try {
                return aead.open(data, associated, nonce, key);
            } catch (AuthenticationFailedException e) {
                AEADBadTagException bad = new AEADBadTagException(e.getMessage());
                bad.initCause(e);
                throw bad;
            }
        } finally {
            // doFinal resets to the just-initialised state (JCA contract); a decryptor may go again.
            Arrays.fill(data, (byte) 0);
            clearInput();
        }
    }

    private void checkReady() {
        if (opmode == 0) {
            throw new IllegalStateException(aead.name() + " cipher not initialized");
        }
        if (encryptionDone) {
            throw new IllegalStateException(
                    "encryption finished; initialize again with a new nonce (a nonce must never be reused)");
        }
    }

    private void clearInput() {
        input.clear();
        aad.clear();
        messageStarted = false;
    }

    private void forgetKey() {
        if (key != null) {
            Arrays.fill(key, (byte) 0);
        }
    }
}
