package dev.onscrypto.ons;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.primitives.Primitives;
import dev.onscrypto.secret.SecretBytes;

/**
 * The spend secret of a wallet subaddress (oxen-core {@code get_subaddress_secret_key}):
 * x = b + Hs("SubAddr\0" ‖ a ‖ major (u32 LE) ‖ minor (u32 LE)) mod l, where b is the spend secret and
 * a the view secret; the primary address (0, 0) signs with b itself.
 */
final class SubaddressSecret {
    private static final byte[] DOMAIN = "SubAddr\0".getBytes(StandardCharsets.US_ASCII);

    private SubaddressSecret() {}

    /**
     * The secret scalar that signs for {@code key}'s address, in a holder the caller closes.
     *
     * @throws IllegalStateException if {@code key} has been closed
     */
    static SecretBytes of(UpdateSigningKey key, Primitives primitives) {
        SecretBytes spendSecret = key.secret();
        SecretBytes viewSecret = key.viewSecret();
        byte[] spend = spendSecret.toByteArray();
        if (!primitives.group().isCanonicalScalar(spend)) {
            Arrays.fill(spend, (byte) 0);
            throw new InvalidInputException("spend secret key is not a reduced scalar");
        }
        if (key.isPrimary()) {
            return SecretBytes.adopt(spend);
        }
        if (viewSecret == null) {
            Arrays.fill(spend, (byte) 0);
            throw new InvalidInputException("a subaddress key needs the view secret key");
        }
        byte[] data = new byte[DOMAIN.length + 32 + 8];
        byte[] m = null;
        try {
            System.arraycopy(DOMAIN, 0, data, 0, DOMAIN.length);
            viewSecret.withCopy(view -> {
                System.arraycopy(view, 0, data, DOMAIN.length, 32);
                return null;
            });
            putLe32(data, DOMAIN.length + 32, key.major());
            putLe32(data, DOMAIN.length + 36, key.minor());
            m = primitives.group().hashToScalar(data);
            return SecretBytes.adopt(primitives.group().scalarAdd(spend, m));
        } finally {
            Arrays.fill(spend, (byte) 0);
            Arrays.fill(data, (byte) 0);
            if (m != null) {
                Arrays.fill(m, (byte) 0);
            }
        }
    }

    private static void putLe32(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >>> 8);
        b[off + 2] = (byte) (v >>> 16);
        b[off + 3] = (byte) (v >>> 24);
    }
}
