package dev.onscrypto.provider;

import java.io.IOException;
import java.security.AlgorithmParametersSpi;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.InvalidParameterSpecException;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.spec.IvParameterSpec;

/**
 * {@code AlgorithmParameters} of the AEAD ciphers: their 24-byte nonce, as an {@link IvParameterSpec},
 * encoded (format {@code "ASN.1"}, the default) as a DER OCTET STRING — the encoding the JDK uses for
 * the ChaCha20-Poly1305 nonce.
 */
final class NonceParameters extends AlgorithmParametersSpi {
    private static final byte OCTET_STRING = 0x04;
    private byte[] nonce;

    @Override
    protected void engineInit(AlgorithmParameterSpec paramSpec) throws InvalidParameterSpecException {
        if (!(paramSpec instanceof IvParameterSpec iv)) {
            throw new InvalidParameterSpecException("expected an IvParameterSpec, got "
                    + (paramSpec == null ? "null" : paramSpec.getClass().getName()));
        }
        byte[] given = iv.getIV();
        if (given.length != Aead.NONCE_LENGTH) {
            throw new InvalidParameterSpecException("nonce must be " + Aead.NONCE_LENGTH + " bytes, got " + given.length);
        }
        nonce = given;
    }

    @Override
    protected void engineInit(byte[] params) throws IOException {
        if (params == null || params.length != 2 + Aead.NONCE_LENGTH || params[0] != OCTET_STRING
                || params[1] != Aead.NONCE_LENGTH) {
            throw new IOException("expected a DER OCTET STRING of a " + Aead.NONCE_LENGTH + "-byte nonce");
        }
        nonce = Arrays.copyOfRange(params, 2, params.length);
    }

    @Override
    protected void engineInit(byte[] params, String format) throws IOException {
        checkFormat(format);
        engineInit(params);
    }

    @Override
    protected <T extends AlgorithmParameterSpec> T engineGetParameterSpec(Class<T> paramSpec)
            throws InvalidParameterSpecException {
        if (paramSpec == null || !paramSpec.isAssignableFrom(IvParameterSpec.class)) {
            throw new InvalidParameterSpecException("only IvParameterSpec is available");
        }
        return paramSpec.cast(new IvParameterSpec(nonce));
    }

    @Override
    protected byte[] engineGetEncoded() {
        byte[] out = new byte[2 + nonce.length];
        out[0] = OCTET_STRING;
        out[1] = (byte) nonce.length;
        System.arraycopy(nonce, 0, out, 2, nonce.length);
        return out;
    }

    @Override
    protected byte[] engineGetEncoded(String format) throws IOException {
        checkFormat(format);
        return engineGetEncoded();
    }

    @Override
    protected String engineToString() {
        return "nonce: " + HexFormat.of().formatHex(nonce);
    }

    private static void checkFormat(String format) throws IOException {
        if (format != null && !"ASN.1".equalsIgnoreCase(format)) {
            throw new IOException("unsupported format " + format + "; use ASN.1");
        }
    }
}
