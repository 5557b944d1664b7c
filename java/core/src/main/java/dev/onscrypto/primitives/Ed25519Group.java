package dev.onscrypto.primitives;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.internal.Backend;
import dev.onscrypto.internal.Require;

/**
 * The ed25519 group operations CryptoNote keys need, with oxen-core's acceptance rules. Points are
 * 32-byte compressed encodings; scalars are 32-byte little-endian integers modulo
 * l = 2<sup>252</sup> + 27742317777372353535851937790883648493.
 *
 * <p>"Valid point" is oxen-core's {@code check_key}: canonical y, x recoverable, not (x = 0 with the
 * sign bit set). Small-order and mixed-order points are valid here, as they are in oxen-core.
 * "Canonical scalar" is {@code sc_check}: 0 ≤ s &lt; l.
 */
public final class Ed25519Group {
    public static final int POINT_LENGTH = 32;
    public static final int SCALAR_LENGTH = 32;
    /** Encoding of the neutral element (x = 0, y = 1). */
    private static final byte[] IDENTITY = identity();

    private final Backend backend;
    private final Keccak256 keccak;

    Ed25519Group(Backend backend, Keccak256 keccak) {
        this.backend = backend;
        this.keccak = keccak;
    }

    /** The encoding of the identity point, {@code 01 00…00}. */
    public static byte[] identity() {
        byte[] id = new byte[POINT_LENGTH];
        id[0] = 1;
        return id;
    }

    static boolean isIdentity(byte[] point) {
        return java.util.Arrays.equals(point, IDENTITY);
    }

    /** oxen-core {@code check_key}: whether {@code point} decodes. */
    public boolean isValidPoint(byte[] point) {
        return backend.isValidPoint(Require.length(point, POINT_LENGTH, "point"));
    }

    /** p + q. */
    public byte[] add(byte[] p, byte[] q) {
        byte[] sum = backend.pointAdd(Require.length(p, POINT_LENGTH, "point"), Require.length(q, POINT_LENGTH, "point"));
        if (sum == null) {
            throw new InvalidInputException("point is not a valid ed25519 point");
        }
        return sum;
    }

    /** s·G for a canonical scalar s, in constant time (s may be secret). */
    public byte[] scalarMultBase(byte[] scalar) {
        return backend.scalarMultBase(requireCanonical(scalar, "scalar"));
    }

    /** a·P + b·G in variable time: only for public a, P, b (signature checks). Any 256-bit a and b. */
    public byte[] doubleScalarMultBase(byte[] a, byte[] point, byte[] b) {
        byte[] r = backend.doubleScalarMultBase(Require.length(a, SCALAR_LENGTH, "scalar"),
                Require.length(point, POINT_LENGTH, "point"), Require.length(b, SCALAR_LENGTH, "scalar"));
        if (r == null) {
            throw new InvalidInputException("point is not a valid ed25519 point");
        }
        return r;
    }

    /** oxen-core {@code sc_check}: 0 ≤ s &lt; l. */
    public boolean isCanonicalScalar(byte[] scalar) {
        return backend.isCanonicalScalar(Require.length(scalar, SCALAR_LENGTH, "scalar"));
    }

    /** s mod l for a 32-byte (oxen-core {@code sc_reduce32}) or 64-byte ({@code sc_reduce}) integer. */
    public byte[] reduce(byte[] value) {
        Require.nonNull(value, "value to reduce");
        if (value.length == 32) {
            return backend.scalarReduce32(value);
        }
        if (value.length == 64) {
            return backend.scalarReduce64(value);
        }
        throw new InvalidInputException("value to reduce must be 32 or 64 bytes, got " + value.length);
    }

    /** (a + b) mod l for canonical a, b. */
    public byte[] scalarAdd(byte[] a, byte[] b) {
        return backend.scalarAdd(requireCanonical(a, "scalar"), requireCanonical(b, "scalar"));
    }

    /** (a · b) mod l for canonical a, b. */
    public byte[] scalarMul(byte[] a, byte[] b) {
        return backend.scalarMul(requireCanonical(a, "scalar"), requireCanonical(b, "scalar"));
    }

    /** (c − a·b) mod l for canonical a, b, c, in constant time (oxen-core {@code sc_mulsub}). */
    public byte[] scalarMulSub(byte[] a, byte[] b, byte[] c) {
        return backend.scalarMulSub(requireCanonical(a, "scalar"), requireCanonical(b, "scalar"),
                requireCanonical(c, "scalar"));
    }

    /** CryptoNote {@code hash_to_scalar}: Keccak-256 of {@code message}, reduced mod l. */
    public byte[] hashToScalar(byte[] message) {
        return backend.scalarReduce32(keccak.hash(message));
    }

    private byte[] requireCanonical(byte[] scalar, String what) {
        Require.length(scalar, SCALAR_LENGTH, what);
        if (!backend.isCanonicalScalar(scalar)) {
            throw new InvalidInputException(what + " is not reduced modulo l");
        }
        return scalar;
    }
}
