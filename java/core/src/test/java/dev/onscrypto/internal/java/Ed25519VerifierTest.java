package dev.onscrypto.internal.java;

import static dev.onscrypto.internal.java.Oracle25519.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class Ed25519VerifierTest {
    private static final String MSG = "bbf8e7470bb91686e8e3b97daff468d81bd3f51de369b7f17289a9413c463f6b";
    private static final String PK = "c55fa0ef894849634fec5f10dd3719dcfb00581313705fd420314a8f5840990f";
    private static final String SIG = "eb4914b189d2b6037a8490fa60f950a2b4464df866fc4d4e28c0c93a843e0b5a"
            + "b166ecf1f670185c63a42e8f8762968fc3ba05648494042fd3e7f47658fb1400";

    private static boolean verify(String sig, String msg, String pk) {
        return Ed25519Verifier.verify(hex(sig), hex(msg), hex(pk));
    }

    /** Cases from primitives.json (libsodium 1.0.18 verdicts). */
    @Test
    void libsodiumVerdicts() {
        assertTrue(verify(SIG, MSG, PK));
        assertFalse(verify(SIG.substring(0, 64) + "b166ecf1f670185c6ba42e8f8762968fc3ba05648494042fd3e7f47658fb1400", MSG, PK),
                "bit flipped in S");
        assertFalse(verify(SIG, MSG, "1c4f0ad3ae946bcccdfae1332aa1ff0c1a222216ff01c653bb29479d73de7e98"), "wrong key");
        assertFalse(verify(SIG.substring(0, 126) + "80", MSG, PK), "S with top bit set");
        assertFalse(verify("01" + "00".repeat(63), MSG, "01" + "00".repeat(31)), "identity key, R = identity, S = 0");
        assertFalse(verify(SIG, MSG, "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"), "non-canonical key");
        assertFalse(verify("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a" + SIG.substring(64), MSG, PK),
                "small-order R");
        assertTrue(verify("512e857c9739d358d092974b8ce924f3fcb7a0f50aa5b88b9fcae554db1fe3a3"
                + "6ebc6134c957dc4fdac529a93f573443da35fe5b6b732cc0831fed9a6f09c002",
                "29c5fdfad0e7616155e2aa997b2b4c4eb5cbdd27d59cbfdd6ad10643751d419c",
                "81e82df6bf0093263ce502ea9596f5fb6db4a291747dcf196767571a8273e21f"), "mixed-order key, even challenge");
    }

    @Test
    void agreesWithBouncyCastleOnOrdinarySignatures() {
        Random rnd = new Random(12);
        for (int i = 0; i < 200; i++) {
            byte[] seed = new byte[32];
            rnd.nextBytes(seed);
            byte[] msg = new byte[rnd.nextInt(80)];
            rnd.nextBytes(msg);
            byte[] pk = new byte[32];
            org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, pk, 0);
            byte[] sig = new byte[64];
            org.bouncycastle.math.ec.rfc8032.Ed25519.sign(seed, 0, pk, 0, msg, 0, msg.length, sig, 0);
            assertTrue(Ed25519Verifier.verify(sig, msg, pk));
            byte[] bad = sig.clone();
            bad[rnd.nextInt(64)] ^= (byte) (1 << rnd.nextInt(8));
            assertEquals(org.bouncycastle.math.ec.rfc8032.Ed25519.verify(bad, 0, pk, 0, msg, 0, msg.length),
                    Ed25519Verifier.verify(bad, msg, pk));
        }
    }

    @Test
    void wrongLengthsAreRejected() {
        assertFalse(Ed25519Verifier.verify(new byte[63], new byte[0], hex(PK)));
        assertFalse(Ed25519Verifier.verify(hex(SIG), hex(MSG), new byte[31]));
    }
}
