package dev.onscrypto.ons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Ed25519Group;
import dev.onscrypto.primitives.Primitives;
import dev.onscrypto.testing.BothBackends;

/**
 * oxen-core's {@code verify_ons_signature} refuses an unset owner ({@code generic_owner::operator bool}):
 * a keyless forgery against the all-zero spend key (a point of order 4) satisfies
 * {@code check_signature}, so only that owner check keeps it out.
 */
class UnsetOwnerTest {
    private static final byte[] HASH = HexFormat.of().parseHex("d2dbfe56c0c18b29aba0549be530194c4c3b0022e8befc70cc70488c5bc6618d");
    private static final byte[] ZERO = new byte[32];

    @Test
    void unsetIsOxenCoresNullOwner() {
        byte[] one = new byte[32];
        one[31] = 1;
        assertTrue(Owner.ed25519(ZERO).isUnset());
        assertFalse(Owner.ed25519(one).isUnset());
        assertTrue(wallet(ZERO, ZERO, AddressKind.STANDARD).isUnset());
        assertTrue(wallet(ZERO, ZERO, AddressKind.SUBADDRESS).isUnset());
        assertFalse(wallet(ZERO, one, AddressKind.STANDARD).isUnset(), "zero spend key, non-zero view key: set");
        assertFalse(wallet(one, ZERO, AddressKind.STANDARD).isUnset());
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void keylessForgeryAgainstTheNullWalletOwnerIsRejected(BackendKind kind) {
        Primitives p = BothBackends.primitives(kind);
        Ons ons = Ons.of(p);
        byte[] forged = forgeCryptoNote(p, HASH, ZERO);
        // The primitive keeps oxen-core's check_signature rules: the forgery satisfies the equation.
        assertTrue(p.cryptoNote().check(HASH, ZERO, forged), "forgery must satisfy check_signature");
        assertFalse(ons.updates().verify(HASH, wallet(ZERO, ZERO, AddressKind.STANDARD), SignatureType.CRYPTONOTE, forged));
        assertFalse(ons.updates().verify(HASH, wallet(ZERO, ZERO, AddressKind.SUBADDRESS), SignatureType.CRYPTONOTE, forged));
        // The same owner reached through its text form, as the vectors and the CLI reach it.
        Owner parsed = ons.owners().parse(ons.owners().format(wallet(ZERO, ZERO, AddressKind.STANDARD), Network.MAINNET),
                Network.MAINNET);
        assertTrue(parsed.isUnset());
        assertFalse(ons.updates().verify(HASH, parsed, SignatureType.CRYPTONOTE, forged));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void zeroSpendKeyWithAViewKeyIsSetAndAcceptsTheForgeryAsOxenCoreDoes(BackendKind kind) {
        Primitives p = BothBackends.primitives(kind);
        byte[] view = p.group().scalarMultBase(scalar(7));
        byte[] forged = forgeCryptoNote(p, HASH, ZERO);
        assertTrue(Ons.of(p).updates().verify(HASH, wallet(ZERO, view, AddressKind.STANDARD), SignatureType.CRYPTONOTE, forged));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void keylessForgeryAgainstTheZeroEd25519OwnerIsRejected(BackendKind kind) throws NoSuchAlgorithmException {
        Primitives p = BothBackends.primitives(kind);
        byte[] forged = forgeEd25519(p, HASH, ZERO);
        Ons ons = Ons.of(p);
        assertFalse(ons.updates().verify(HASH, Owner.ed25519(ZERO), SignatureType.ED25519, forged));
        assertFalse(ons.updates().verify(HASH, ons.owners().parse("00".repeat(32), Network.MAINNET),
                SignatureType.ED25519, forged));
    }

    private static Owner wallet(byte[] spend, byte[] view, AddressKind kind) {
        return Owner.wallet(OxenAddress.of(Network.MAINNET, kind, spend, view));
    }

    private static byte[] scalar(int v) {
        byte[] s = new byte[32];
        s[0] = (byte) v;
        return s;
    }

    /** j·P for the small-order point P and j = 0..3. */
    private static byte[][] multiples(Ed25519Group g, byte[] point) {
        byte[][] m = new byte[4][];
        for (int j = 0; j < 4; j++) {
            m[j] = g.doubleScalarMultBase(scalar(j), point, ZERO);
        }
        return m;
    }

    /**
     * A CryptoNote signature for a public key of order 4 made without any secret: pick r, guess
     * j = c mod 4, commit R = j·P + r·G, and keep the pair when Hs(hash ‖ P ‖ R)·P = j·P (one try in four).
     */
    static byte[] forgeCryptoNote(Primitives p, byte[] hash, byte[] point) {
        Ed25519Group g = p.group();
        byte[][] jp = multiples(g, point);
        Random random = new Random(13);
        byte[] wide = new byte[64];
        for (int attempt = 0; attempt < 1000; attempt++) {
            random.nextBytes(wide);
            byte[] r = g.reduce(wide);
            for (int j = 0; j < 4; j++) {
                byte[] commitment = g.doubleScalarMultBase(scalar(j), point, r);
                byte[] buffer = new byte[96];
                System.arraycopy(hash, 0, buffer, 0, 32);
                System.arraycopy(point, 0, buffer, 32, 32);
                System.arraycopy(commitment, 0, buffer, 64, 32);
                byte[] c = g.hashToScalar(buffer);
                if (Arrays.equals(g.doubleScalarMultBase(c, point, ZERO), jp[j])) {
                    byte[] sig = Arrays.copyOf(c, 64);
                    System.arraycopy(r, 0, sig, 32, 32);
                    return sig;
                }
            }
        }
        throw new AssertionError("no forgery found");
    }

    /**
     * An Ed25519 signature (R, S) for a public key A of order 4 made without any secret: pick S, guess
     * j = k mod 4, set R = S·B − j·A = (4 − j)·A + S·B, keep it when k = H(R ‖ A ‖ M) gives k·A = j·A.
     * It satisfies the cofactorless equation S·B = R + k·A (checked here); libsodium's rules refuse the
     * small-order key anyway, and the owner check refuses the unset owner before that.
     */
    static byte[] forgeEd25519(Primitives p, byte[] message, byte[] point) throws NoSuchAlgorithmException {
        Ed25519Group g = p.group();
        byte[][] ja = multiples(g, point);
        Random random = new Random(17);
        byte[] wide = new byte[64];
        for (int attempt = 0; attempt < 1000; attempt++) {
            random.nextBytes(wide);
            byte[] s = g.reduce(wide);
            for (int j = 0; j < 4; j++) {
                byte[] r = g.doubleScalarMultBase(scalar((4 - j) % 4), point, s);
                MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
                sha512.update(r);
                sha512.update(point);
                sha512.update(message);
                byte[] k = g.reduce(sha512.digest());
                byte[] ka = g.doubleScalarMultBase(k, point, ZERO);
                if (Arrays.equals(ka, ja[j])) {
                    assertArrayEquals(g.scalarMultBase(s), g.add(r, ka), "S·B = R + k·A");
                    byte[] sig = Arrays.copyOf(r, 64);
                    System.arraycopy(s, 0, sig, 32, 32);
                    return sig;
                }
            }
        }
        throw new AssertionError("no forgery found");
    }
}
