package dev.onscrypto.internal.java;

import static dev.onscrypto.internal.java.Oracle25519.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.Arrays;

import org.bouncycastle.crypto.digests.KeccakDigest;
import org.junit.jupiter.api.Test;

/**
 * oxen-core's check_signature / generate_signature written directly over the group layer, run on
 * schnorr.json's fixed-nonce signatures and Monero's check_signature cases (tests/crypto/tests.txt):
 * proves decode, the double-scalar multiplication, scalarMultBase and the scalar operations together
 * (the production version lives in dev.onscrypto.primitives).
 */
class CryptoNoteGroupOpsTest {
    private static final byte[] IDENTITY = hex("01" + "00".repeat(31));

    private static byte[] hs(byte[]... parts) {
        KeccakDigest d = new KeccakDigest(256);
        for (byte[] p : parts) {
            d.update(p, 0, p.length);
        }
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return Scalar25519.reduce32(out);
    }

    static boolean check(byte[] hash, byte[] pub, byte[] sig) {
        EdwardsPoint p = EdwardsPoint.decode(pub);
        byte[] c = Arrays.copyOfRange(sig, 0, 32);
        byte[] r = Arrays.copyOfRange(sig, 32, 64);
        if (p == null || !Scalar25519.isCanonical(c) || !Scalar25519.isCanonical(r) || Arrays.equals(c, new byte[32])) {
            return false;
        }
        byte[] commitment = DoubleScalarMultiplier.multiply(c, p, r).encode();
        return !Arrays.equals(commitment, IDENTITY) && MessageDigest.isEqual(hs(hash, pub, commitment), c);
    }

    static String sign(byte[] hash, byte[] sec, byte[] k) {
        byte[] pub = FixedBaseMultiplier.multiply(sec);
        byte[] c = hs(hash, pub, FixedBaseMultiplier.multiply(k));
        return hex(pub) + " " + hex(c) + hex(Scalar25519.mulSub(c, sec, k));
    }

    @Test
    void signVectors() {
        assertEquals("c0707e25bf89baa3bd0f739dfe14f67e2151913b43813580c1fee01671cdf0af "
                + "eb9d9dfec2ac5637b3c79524deb5e5469fb329a837ba9771db0851852029b201"
                + "3ad7ff556de8806175f47a2e96d79fad9fd917a39ece361d9c59cfab592d2b07",
                sign(hex("3afd14ae2bd2876a2f9b73923fa351d0b48bd047905872cd79fb1a53bbf9ef7e"),
                        hex("90a30b21ce307626546f24e0a5512fe2f89f275cf0f21d4e0dcd0002f67c2a04"),
                        hex("cb7f34569bcba76bd7fdc8f7754658cbfad02961bcbea1cee16aea2a61aefd05")));
        assertEquals("bf66ba72469c0518fb7b8b11c869877fb554d44fefac5c2f208abd15bc861e39 "
                + "90926444eab744bce146be8f882365ef63794b2c28dfccbd503a35097492ef04"
                + "0864b95defa39406912e1ae2ab4a17e15234cd15d4a8093b3b2a08653b2ed40e",
                sign(hex("fd5aed72d66fa3d20de3ef91817c1aa9c8577145ec35081498e5ee2c6e4e0fde"),
                        hex("19e3ee6f458f385aeff841735bcde649b960677af1d8afe5602891ea78b33c0e"),
                        hex("ecd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010")), "k = l − 1");
    }

    @Test
    void checkVectors() {
        String[][] cases = {
            {"809e57902c168bf36f5cce16f5f724b77b6f93595e02709661bce292a4c8c5b2", "723871c2914cb5f7805b038809b31280cdaa0984f2765d12c033657aa96831e1",
                "fe11e6a9abad6b1c2838b75676eb70939a5a00f245803ac7605080f77b729403cbce1d3b0b7e63cca0ebad0ab03b83ab203ae61dd1920d5690a6c0017c9f7700", "true"},
            {"d85a8edf2234196d6d6b23eb4df9be9b0cedf581840c491cb1d11be359440696", "f5a23771598df225c0ff5d5f5d7593007734080f800dd27b35207cf4c1fd04de",
                "f8a4ca9ed8b7415e7be9c731f0d41a6f5cddf750879a5ad9bdbdc8f4fa3e330dfe41f883cd00da8ca2325f55840a3fea67d744f168c3ccc7b91efa9a761dbe0c", "false"},
            {"3afd14ae2bd2876a2f9b73923fa351d0b48bd047905872cd79fb1a53bbf9ef7e", "c0707e25bf89baa3bd0f739dfe14f67e2151913b43813580c1fee01671cdf0af",
                "eb9d9dfec2ac5637b3c79524deb5e5469fb329a837ba9771db0851852029b2013ad7ff556de8806175f47a2e96d79fad9fd917a39ece361d9c59cfab592d2b87", "false"},
            {"db9a4eb304528c1352c7e33aa8d1ee78dbec4dca8b49a09c819e37775479bdcb", "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
                "0382f0a72e6542108b10de20d297d6a6343c8fd84b51f6a29a14dab9ba9ccc02bf48d21f1b6a3c70a0c52e32d0917b1807d2c1686c88a116254e41c0eb6ac60f", "false"},
            {"0fab1df706518e8a864d1c114fed98c66a798e38125db9a989a878f11338f180", "0100000000000000000000000000000000000000000000000000000000000080",
                "c628f4da2653d7a92574b4e9c77c8255f3382e036bde9479d19f4a4cc860f303cea2299d94c142fed7055f852f9e1e7623f4b0e01ddc8b5128a592fc5d99120a", "false"},
            {"d2dbfe56c0c18b29aba0549be530194c4c3b0022e8befc70cc70488c5bc6618d", "9fd6b784562c6f5434636b48dd70c80ebb3d554efd58e2dc9e6ca9e7c089d48f",
                "b27b3c282eeed936db171d329cfd22ee51c2370b7aa23c2d234b0a02cc58830f0832bfccde53821e2d192c085b131094df0b7a3e6c84d89ccb1bbe1e552ec606", "true"},
        };
        for (String[] c : cases) {
            assertEquals(Boolean.parseBoolean(c[3]), check(hex(c[0]), hex(c[1]), hex(c[2])), c[1]);
        }
    }
}
