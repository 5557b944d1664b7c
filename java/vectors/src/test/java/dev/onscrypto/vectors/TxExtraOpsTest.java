package dev.onscrypto.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/**
 * The transaction-extra ops can fail: every bundled case of {@code ons_extra.json}, altered in one
 * expected output or input, must fail (or, for an undecodable field, be skipped) — never pass.
 */
class TxExtraOpsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final VectorRunner runner = new VectorRunner(Primitives.of(BackendKind.JAVA));

    private static List<ObjectNode> bundled(String op, Predicate<JsonNode> filter) throws IOException {
        for (BundledVectors.VectorFile f : BundledVectors.all()) {
            if (f.name().equals("ons_extra.json")) {
                List<ObjectNode> out = new ArrayList<>();
                for (JsonNode n : JSON.readTree(f.content()).path("vectors")) {
                    if (n.path("op").asText().equals(op) && filter.test(n)) {
                        out.add((ObjectNode) n.deepCopy());
                    }
                }
                assertTrue(!out.isEmpty(), "bundled " + op + " cases");
                return out;
            }
        }
        throw new AssertionError("ons_extra.json is not bundled");
    }

    private Outcome run(ObjectNode c) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode v = root.putArray("vectors");
        v.add(c);
        return runner.run("t.json", JSON.writeValueAsBytes(root)).cases().get(0).outcome();
    }

    private void assertEveryAlterationFails(String op, Predicate<JsonNode> filter, Consumer<ObjectNode> alter) throws IOException {
        for (ObjectNode c : bundled(op, filter)) {
            assertEquals(Outcome.PASSED, run(c.deepCopy()), c.path("id").asText());
            alter.accept(c);
            assertEquals(Outcome.FAILED, run(c), c.path("id").asText() + " altered: " + c);
        }
    }

    private static String flipLastHex(String hex) {
        char last = hex.charAt(hex.length() - 1);
        return hex.substring(0, hex.length() - 1) + (last == '0' ? '1' : '0');
    }

    @Test
    void parseCasesCheckRuleVerdictAndParseFlag() throws IOException {
        assertEveryAlterationFails("ons_extra_parse", n -> true, c -> c.put("rule", c.path("rule").asText().equals("burn") ? "signature" : "burn"));
        assertEveryAlterationFails("ons_extra_parse", n -> true, c -> c.put("valid", !c.path("valid").asBoolean()));
        assertEveryAlterationFails("ons_extra_parse", n -> true, c -> c.put("parse_ok", !c.path("parse_ok").asBoolean()));
    }

    @Test
    void parseCasesCheckDecodedOutputsEvenWhenInvalid() throws IOException {
        Predicate<JsonNode> parsed = n -> n.path("parse_ok").asBoolean();
        assertEveryAlterationFails("ons_extra_parse", parsed, c -> c.put("burn", c.path("burn").asLong() + 1));
        assertEveryAlterationFails("ons_extra_parse", parsed, c -> ((ObjectNode) c.get("ons")).put("fields", c.path("ons").path("fields").asInt() ^ 0x10));
        assertEveryAlterationFails("ons_extra_parse", parsed, c -> ((ObjectNode) c.get("ons")).put("name_hash", flipLastHex(c.path("ons").path("name_hash").asText())));
        assertEveryAlterationFails("ons_extra_parse", n -> n.has("sig_data"), c -> c.put("sig_data", flipLastHex(c.path("sig_data").asText())));
        assertEveryAlterationFails("ons_extra_parse", n -> n.has("sig_hash"), c -> c.put("sig_hash", flipLastHex(c.path("sig_hash").asText())));
        // an update's outputs are expected: dropping them is a mismatch, not a pass
        assertEveryAlterationFails("ons_extra_parse", n -> n.has("sig_data"), c -> c.remove(List.of("sig_data", "sig_hash")));
    }

    @Test
    void encodeCasesCheckBytesFieldsAndSigner() throws IOException {
        assertEveryAlterationFails("ons_extra_encode", n -> true, c -> c.put("ons_field", flipLastHex(c.path("ons_field").asText())));
        assertEveryAlterationFails("ons_extra_encode", n -> true, c -> c.put("fields", c.path("fields").asInt() + 16));
        assertEveryAlterationFails("ons_extra_encode", n -> n.path("signer").path("type").asText().equals("ed25519"),
                c -> ((ObjectNode) c.get("signer")).put("seed", flipLastHex(c.path("signer").path("seed").asText())));
        assertEveryAlterationFails("ons_extra_encode", n -> n.path("signer").path("type").asText().equals("monero"),
                c -> ((ObjectNode) c.get("signer")).put("spend_secret", flipLastHex(c.path("signer").path("spend_secret").asText())));
    }

    @Test
    void expiryAndBurnCasesCheckTheirNumbers() throws IOException {
        assertEveryAlterationFails("ons_expiry", n -> true, c -> c.put("blocks", c.path("blocks").isNull() ? 1 : c.path("blocks").asLong() + 1));
        assertEveryAlterationFails("ons_burn", n -> true, c -> c.put("amount", c.path("amount").asLong() + 1));
    }

    @Test
    void aRegisteredFieldThisLibraryCannotReadIsSkipped() throws IOException {
        ObjectNode c = bundled("ons_extra_parse", n -> n.path("rule").asText().equals("ok")).get(0);
        c.put("extra", "72" + "00".repeat(32) + c.path("extra").asText()); // service-node winner first: undecoded
        assertEquals(Outcome.SKIPPED, run(c));
    }
}
