package dev.onscrypto.vectors;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.onscrypto.OnsCryptoException;
import dev.onscrypto.primitives.Primitives;

/**
 * Reads Wycheproof's own schema ({@code testGroups[] → tests[]}, {@code result} valid / invalid /
 * acceptable) for the algorithms ONS uses: EdDSA over ed25519 and XChaCha20-Poly1305.
 */
final class WycheproofCases {
    private static final HexFormat HEX = HexFormat.of();

    private WycheproofCases() {}

    static boolean isWycheproof(JsonNode root) {
        return root.has("testGroups");
    }

    static List<CaseResult> run(JsonNode root, Primitives p) {
        String algorithm = root.path("algorithm").asText("");
        String op = "wycheproof:" + algorithm;
        List<CaseResult> results = new ArrayList<>();
        for (JsonNode group : root.path("testGroups")) {
            for (JsonNode test : group.path("tests")) {
                int id = test.path("tcId").asInt(-1);
                String comment = test.path("comment").asText("");
                String result = test.path("result").asText("");
                CaseResult r;
                if (!algorithm.equals("EDDSA") && !algorithm.equals("XCHACHA20-POLY1305")) {
                    r = new CaseResult(id, op, comment, Outcome.SKIPPED, "algorithm not used by ONS");
                } else if (result.equals("acceptable")) {
                    // Either verdict is allowed; we still require that the case runs without crashing.
                    r = judge(id, op, comment, () -> accepts(algorithm, group, test, p), null);
                } else {
                    boolean valid = result.equals("valid");
                    r = judge(id, op, comment, () -> accepts(algorithm, group, test, p), valid);
                }
                results.add(r);
            }
        }
        return results;
    }

    private static CaseResult judge(int id, String op, String comment, java.util.function.BooleanSupplier run,
                                    Boolean expected) {
        boolean accepted;
        String why = "";
        try {
            accepted = run.getAsBoolean();
        } catch (OnsCryptoException rejected) {
            accepted = false;
            why = ": " + rejected.getMessage();
        } catch (VectorCase.Mismatch m) {
            return new CaseResult(id, op, comment, Outcome.FAILED, m.getMessage());
        } catch (RuntimeException crash) {
            return new CaseResult(id, op, comment, Outcome.FAILED, "crashed: " + crash);
        }
        if (expected == null || accepted == expected) {
            return new CaseResult(id, op, comment, Outcome.PASSED, "");
        }
        return new CaseResult(id, op, comment, Outcome.FAILED,
                accepted ? "accepted an invalid case" : "rejected a valid case" + why);
    }

    private static boolean accepts(String algorithm, JsonNode group, JsonNode test, Primitives p) {
        if (algorithm.equals("EDDSA")) {
            byte[] pk = HEX.parseHex(group.path("publicKey").path("pk").asText());
            return p.ed25519().verify(hex(test, "sig"), hex(test, "msg"), pk);
        }
        byte[] key = hex(test, "key");
        byte[] nonce = hex(test, "iv");
        byte[] aad = hex(test, "aad");
        byte[] msg = hex(test, "msg");
        byte[] sealed = concat(hex(test, "ct"), hex(test, "tag"));
        byte[] opened = p.xchacha20Poly1305().open(sealed, aad, nonce, key);
        if (!java.util.Arrays.equals(opened, msg)) {
            throw new VectorCase.Mismatch("decrypted plaintext differs");
        }
        if (!java.util.Arrays.equals(p.xchacha20Poly1305().seal(msg, aad, nonce, key), sealed)) {
            throw new VectorCase.Mismatch("encryption differs from ct || tag");
        }
        return true;
    }

    private static byte[] hex(JsonNode test, String field) {
        return HEX.parseHex(test.path(field).asText(""));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
