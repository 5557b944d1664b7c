package dev.onscrypto.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/**
 * {@code ons_verify_signature} against unset owners (oxen-core {@code generic_owner::operator bool}):
 * the signature below was made without any secret for the all-zero spend key, a point of order 4, and
 * satisfies {@code check_signature}; only the owner check refuses it. With a non-zero view key the
 * owner is set and oxen-core accepts the same signature.
 */
class UnsetOwnerVectorsTest {
    private static final String HASH = "d2dbfe56c0c18b29aba0549be530194c4c3b0022e8befc70cc70488c5bc6618d";
    private static final String FORGED = "f24f33eae4207e681ab02dea2389d5a204447edfbd30017d00e82dc457d94004"
            + "6eb954729ab27cfd82e671685c166287937b6dd48e23d2d71f87a9193b1c5309";
    /** Spend and view keys all zero. */
    private static final String NULL_WALLET =
            "L4wgb2MEKVy1111111111111111111111111111111111111111111111111111111111111111111111111111112Wwb6A";
    /** Spend key zero, view key 7·G. */
    private static final String ZERO_SPEND_WALLET =
            "L4wgb2MEKVy11111111111111111111111111111111117zGLuBQ33H43yGQYLWKxshBnnq8nRkFfPcUwfqpihwJLzZLo8g";

    private static String verifyCase(String owner, String sigType, boolean valid) {
        return "{\"op\":\"ons_verify_signature\",\"hash\":\"" + HASH + "\",\"owner\":\"" + owner
                + "\",\"network\":\"mainnet\",\"sig_type\":\"" + sigType + "\",\"signature\":\"" + FORGED
                + "\",\"valid\":" + valid + "}";
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void unsetOwnersAreRejectedAndAZeroSpendKeyAloneIsNot(BackendKind kind) throws IOException {
        String json = "{\"vectors\":[" + verifyCase(NULL_WALLET, "monero", false) + ","
                + verifyCase("00".repeat(32), "ed25519", false) + ","
                + verifyCase(ZERO_SPEND_WALLET, "monero", true) + "]}";
        List<CaseResult> results = new VectorRunner(BothBackends.primitives(kind))
                .run("unset-owner.json", json.getBytes(StandardCharsets.UTF_8)).cases();
        assertEquals(3, results.size());
        for (CaseResult r : results) {
            assertEquals(Outcome.PASSED, r.outcome(), r.toString());
        }
    }
}
