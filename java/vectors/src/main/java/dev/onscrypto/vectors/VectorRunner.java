package dev.onscrypto.vectors;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.onscrypto.OnsCryptoException;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.primitives.Primitives;

/**
 * Checks vector files (the format of {@code FORMAT.md}, or Wycheproof's) against one backend. Every
 * case gets exactly one outcome; an op this runner does not know is skipped, never passed.
 */
public final class VectorRunner {
    // Trailing tokens are an error: "{...} garbage" is a damaged file, not a file with one object.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final Primitives primitives;
    private final Ons ons;
    private final Map<String, OpHandler> handlers = new HashMap<>();

    public VectorRunner(Primitives primitives) {
        this.primitives = primitives;
        this.ons = Ons.of(primitives);
        handlers.putAll(PrimitiveOps.handlers());
        handlers.putAll(OnsOps.handlers());
        handlers.putAll(TxExtraOps.handlers());
    }

    /**
     * Runs every case of one file. A file that is not JSON of either schema is an {@link IOException}
     * whose message is one line naming the file.
     */
    public FileReport run(String fileName, byte[] content) throws IOException {
        JsonNode root = parse(fileName, content);
        if (root == null || !root.isObject()) {
            throw new IOException(fileName + ": not a JSON object");
        }
        List<CaseResult> results;
        if (WycheproofCases.isWycheproof(root)) {
            results = WycheproofCases.run(root, primitives);
        } else if (root.path("vectors").isArray()) {
            results = new ArrayList<>();
            int index = 0;
            for (JsonNode node : root.path("vectors")) {
                results.add(runCase(index++, new VectorCase(node)));
            }
        } else {
            throw new IOException(fileName + ": neither a 'vectors' array nor Wycheproof 'testGroups'");
        }
        return new FileReport(fileName, primitives.kind(), results);
    }

    /**
     * Jackson's own message spans lines and may quote the offending text; ours names the file and
     * where it broke, so the text of a file given by mistake (a key file, say) is never printed.
     */
    private static JsonNode parse(String fileName, byte[] content) throws IOException {
        try {
            return JSON.readTree(content);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IOException(fileName + ": not valid JSON" + where);
        } catch (CharConversionException e) {
            // Jackson guesses UTF-16/32 from zero bytes and reports bad code points this way (found by
            // VectorFileFuzzTest): still a file that is not JSON, named in one line.
            throw new IOException(fileName + ": not valid JSON (not UTF-8, UTF-16 or UTF-32 text)");
        }
    }

    private CaseResult runCase(int index, VectorCase c) {
        String op = c.text("op", "");
        String comment = c.comment();
        OpHandler handler = handlers.get(op);
        if (handler == null) {
            return new CaseResult(index, op, comment, Outcome.SKIPPED, "op '" + op + "' is not supported");
        }
        boolean valid = c.valid();
        boolean accepted;
        String why = "";
        try {
            accepted = handler.accepts(c, ons, valid);
        } catch (OnsCryptoException rejected) {
            accepted = false;
            why = ": " + rejected.getMessage();
        } catch (VectorCase.Unsupported u) {
            return new CaseResult(index, op, comment, Outcome.SKIPPED, u.getMessage());
        } catch (VectorCase.Mismatch m) {
            return new CaseResult(index, op, comment, Outcome.FAILED, m.getMessage());
        } catch (RuntimeException crash) {
            return new CaseResult(index, op, comment, Outcome.FAILED, "crashed: " + crash);
        }
        if (accepted == valid) {
            return new CaseResult(index, op, comment, Outcome.PASSED, "");
        }
        return new CaseResult(index, op, comment, Outcome.FAILED,
                accepted ? "accepted an invalid case" : "rejected a valid case" + why);
    }
}
