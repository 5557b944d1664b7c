package dev.onscrypto.vectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.OnsCryptoException;
import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.NameHash;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.SignatureType;
import dev.onscrypto.ons.UpdateData;
import dev.onscrypto.ons.tx.Burn;
import dev.onscrypto.ons.tx.Chain;
import dev.onscrypto.ons.tx.Expiry;
import dev.onscrypto.ons.tx.GenericOwners;
import dev.onscrypto.ons.tx.GenericSignature;
import dev.onscrypto.ons.tx.OnsExtraField;
import dev.onscrypto.ons.tx.OnsTxBuilder;
import dev.onscrypto.ons.tx.OnsTxExtra;
import dev.onscrypto.ons.tx.OnsTxKind;
import dev.onscrypto.ons.tx.OnsTxValidator;
import dev.onscrypto.ons.tx.OnsTxVerdict;
import dev.onscrypto.ons.tx.RecordLookup;
import dev.onscrypto.ons.tx.UnsupportedTxExtraFieldException;

/**
 * Handlers for the transaction-extra ops of FORMAT.md ({@code ons_extra_encode}, {@code ons_extra_parse},
 * {@code ons_expiry}, {@code ons_burn}), through the public {@code dev.onscrypto.ons.tx} API.
 * {@code ons_extra_parse} checks {@code parse_ok}, {@code valid} and {@code rule} always and the decoded
 * outputs whenever the extra parsed, whatever {@code valid} says.
 */
final class TxExtraOps {
    private static final HexFormat HEX = HexFormat.of();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TxExtraOps() {}

    static Map<String, OpHandler> handlers() {
        return Map.of(
                "ons_extra_encode", TxExtraOps::encode,
                "ons_extra_parse", TxExtraOps::parse,
                "ons_expiry", TxExtraOps::expiry,
                "ons_burn", TxExtraOps::burn);
    }

    private static MappingType typeCode(VectorCase c) {
        long code = c.number("type");
        if (code < 0 || code > 5) {
            throw new VectorCase.Unsupported("mapping type " + code + " is not a transaction type");
        }
        return MappingType.ofCode((int) code);
    }

    private static int hardFork(VectorCase c) {
        long hf = c.number("hf");
        if (hf < 0 || hf > 255) {
            throw new VectorCase.Unsupported("hard fork " + hf + " is out of range");
        }
        return (int) hf;
    }

    // ---- ons_extra_encode ----

    private static boolean encode(VectorCase c, Ons ons, boolean check) {
        OnsTxKind kind = OnsTxKind.parse(c.text("kind"));
        MappingType type = typeCode(c);
        NameHash nameHash = NameHash.of(c.bytes("name_hash"));
        byte[] prevTxid = c.bytes("prev_txid");
        Owner owner = owner(c.node("owner"));
        Owner backup = owner(c.node("backup_owner"));
        byte[] value = c.has("encrypted_value") ? c.bytes("encrypted_value") : null;
        OnsTxBuilder builder = new OnsTxBuilder(ons);
        OnsExtraField field = switch (kind) {
            case BUY -> {
                if (!Arrays.equals(prevTxid, new byte[32])) {
                    // make_buy copies any prev txid; the builder always writes zero (what validation requires).
                    yield OnsExtraField.buy(type, nameHash, prevTxid, owner, backup, value);
                }
                yield builder.buy(nameHash, type, EncryptedValue.ofStored(type.recordType(), value), owner, backup, 21).field();
            }
            case UPDATE -> {
                GenericSignature sig = signature(c.node("signature"));
                OnsTxExtra built = builder.update(type, nameHash, UpdateData.ofRaw(value, owner, backup, prevTxid),
                        sig.type(), sig.bytes());
                yield built.field();
            }
            case RENEW -> builder.renew(nameHash, type, prevTxid, 21).field();
        };
        if (check) {
            expectNumber(c, "fields", field.fields());
            c.expectBytes("ons_field", field.encode());
            if (kind == OnsTxKind.UPDATE) {
                UpdateData data = UpdateData.ofRaw(value, owner, backup, prevTxid);
                byte[] hash = ons.updates().hash(data);
                c.expectBytes("sig_data", data.signedBuffer());
                c.expectBytes("sig_hash", hash);
                if (c.has("signer")) {
                    checkSigner(c.node("signer"), ons, hash, field.signature().orElseThrow());
                }
            }
        }
        return true;
    }

    // The signer of an encode case: Ed25519 signing is deterministic, so the signature must be byte-equal;
    // a CryptoNote signature has a random nonce, so check the key pair and check_signature.
    private static void checkSigner(JsonNode signer, Ons ons, byte[] hash, GenericSignature sig) {
        String type = signer.path("type").asText("");
        byte[] pub = hex(signer, "public");
        if (type.equals("ed25519")) {
            byte[] seed = hex(signer, "seed");
            expect("signer.public", pub, ons.primitives().ed25519().publicKey(seed));
            expect("signature.sig (re-signed by signer.seed)", sig.bytes(), ons.primitives().ed25519().sign(seed, hash));
        } else if (type.equals("monero")) {
            byte[] secret = hex(signer, "spend_secret");
            expect("signer.public", pub, ons.primitives().cryptoNote().publicKey(secret));
            if (!ons.primitives().cryptoNote().check(hash, pub, sig.bytes())) {
                throw new VectorCase.Mismatch("signature does not pass check_signature(sig_hash, signer.public)");
            }
        } else {
            throw new VectorCase.Unsupported("signer type '" + type + "'");
        }
        if (!sig.type().label().equals(type)) {
            throw new VectorCase.Mismatch("signature.type " + sig.type().label() + " differs from signer.type " + type);
        }
    }

    // ---- ons_extra_parse ----

    private static boolean parse(VectorCase c, Ons ons, boolean ignored) {
        if (!c.text("network", "mainnet").equals("mainnet")) {
            Chain.parse(c.text("network")); // validates; the network changes nothing in validate_ons_tx
        }
        List<OnsRecord> records = new ArrayList<>();
        JsonNode list = c.node("records");
        if (list != null && list.isArray()) {
            for (JsonNode r : list) {
                try {
                    records.add(record(r));
                } catch (OnsCryptoException e) {
                    // A database state the library cannot hold is an input it cannot handle, never a rejection.
                    throw new VectorCase.Unsupported("record: " + e.getMessage());
                }
            }
        }
        OnsTxVerdict v;
        try {
            v = new OnsTxValidator(ons).validate(c.bytes("extra"), hardFork(c), c.number("height"), RecordLookup.of(records));
        } catch (UnsupportedTxExtraFieldException e) {
            throw new VectorCase.Unsupported(e.getMessage());
        } catch (InvalidInputException e) {
            // Every verdict, parse failures included, comes back as a value: an exception here is an input out of range.
            throw new VectorCase.Unsupported(e.getMessage());
        }
        if (c.node("parse_ok") == null) {
            throw new VectorCase.Unsupported("required output 'parse_ok' is missing");
        }
        boolean parseOk = c.node("parse_ok").asBoolean();
        if (parseOk != v.parsed()) {
            throw new VectorCase.Mismatch("parse_ok: expected " + parseOk + ", got " + v.parsed() + " (" + v.reason() + ")");
        }
        c.expectText("rule", v.rule());
        if (c.valid() != v.valid()) {
            throw new VectorCase.Mismatch("valid: expected " + c.valid() + ", got " + v.valid() + " (" + v.rule() + ")");
        }
        if (parseOk) {
            OnsExtraField f = v.field().orElseThrow();
            JsonNode expected = c.node("ons");
            if (expected == null || !expected.equals(fieldJson(f))) {
                throw new VectorCase.Mismatch("ons: expected " + expected + ", got " + fieldJson(f));
            }
            long burn = c.number("burn");
            if (burn != v.burn()) {
                throw new VectorCase.Mismatch("burn: expected " + burn + ", got " + Long.toUnsignedString(v.burn()));
            }
            if (v.signedBuffer().isPresent() && !(c.has("sig_data") && c.has("sig_hash"))) {
                throw new VectorCase.Mismatch("sig_data, sig_hash: the field is an update, but the case expects none");
            }
            if (c.has("sig_data") || v.signedBuffer().isPresent()) {
                c.expectBytes("sig_data", v.signedBuffer().orElse(new byte[0]));
                c.expectBytes("sig_hash", v.signedHash().orElse(new byte[0]));
            }
        }
        return v.valid();
    }

    private static OnsRecord record(JsonNode r) {
        long code = r.path("type").asLong(-1);
        if (code < 0 || code > 5) {
            throw new VectorCase.Unsupported("record type " + code);
        }
        MappingType type = MappingType.ofCode((int) code).recordType(); // the DB stores every lokinet type as 2
        JsonNode exp = r.get("expiration_height");
        return OnsRecord.builder().type(type).nameHash(NameHash.of(hex(r, "name_hash"))).txid(hex(r, "txid"))
                .owner(owner(r.get("owner"))).backupOwner(owner(r.get("backup_owner")))
                .encryptedValue(EncryptedValue.ofStored(type, hex(r, "encrypted_value")))
                .expirationHeight(exp == null || exp.isNull() ? null : exp.asLong()).build();
    }

    private static ObjectNode fieldJson(OnsExtraField f) {
        ObjectNode o = JSON.objectNode();
        o.put("version", f.version());
        o.put("type", f.type().code());
        o.put("name_hash", f.nameHash().hex());
        o.put("prev_txid", HEX.formatHex(f.prevTxid()));
        o.put("fields", f.fields());
        o.set("owner", f.owner().map(TxExtraOps::ownerJson).orElse(JSON.nullNode()));
        o.set("backup_owner", f.backupOwner().map(TxExtraOps::ownerJson).orElse(JSON.nullNode()));
        o.set("signature", f.signature().<JsonNode>map(s -> {
            ObjectNode n = JSON.objectNode();
            n.put("type", s.type().label());
            n.put("sig", s.hex());
            return n;
        }).orElse(JSON.nullNode()));
        o.set("encrypted_value", f.encryptedValue().<JsonNode>map(b -> JSON.textNode(HEX.formatHex(b))).orElse(JSON.nullNode()));
        return o;
    }

    private static JsonNode ownerJson(Owner owner) {
        ObjectNode n = JSON.objectNode();
        n.put("type", owner.type().label());
        if (owner.type() == SignatureType.ED25519) {
            n.put("key", HEX.formatHex(owner.verificationKey()));
        } else {
            n.put("spend", HEX.formatHex(owner.verificationKey()));
            n.put("view", HEX.formatHex(owner.viewKey()));
            n.put("is_subaddress", owner.isSubaddress());
        }
        return n;
    }

    // ---- ons_expiry, ons_burn ----

    private static boolean expiry(VectorCase c, Ons ons, boolean check) {
        OptionalLong blocks = Expiry.blocks(Chain.parse(c.text("network")), typeCode(c));
        if (check) {
            JsonNode expected = c.node("blocks");
            if (expected == null) {
                throw new VectorCase.Unsupported("required output 'blocks' is missing");
            }
            boolean same = expected.isNull() ? blocks.isEmpty() : blocks.isPresent() && expected.asLong() == blocks.getAsLong();
            if (!same) {
                throw new VectorCase.Mismatch("blocks: expected " + expected + ", got " + (blocks.isPresent() ? blocks.getAsLong() : "null"));
            }
        }
        return true;
    }

    private static boolean burn(VectorCase c, Ons ons, boolean check) {
        int hf = hardFork(c);
        long code = c.number("type");
        String tx = c.text("tx");
        long amount = switch (tx) {
            case "update" -> 0;
            case "buy", "renew", "internal" -> Burn.needed(hf, (int) Math.max(-1, Math.min(code, 255)));
            default -> throw new VectorCase.Unsupported("tx '" + tx + "'");
        };
        if (check) {
            expectNumber(c, "amount", amount);
        }
        return true;
    }

    // ---- helpers ----

    private static Owner owner(JsonNode o) {
        if (o == null || o.isNull()) {
            return null;
        }
        String type = o.path("type").asText("");
        return switch (type) {
            case "ed25519" -> Owner.ed25519(hex(o, "key"));
            case "monero" -> GenericOwners.wallet(hex(o, "spend"), hex(o, "view"), o.path("is_subaddress").asBoolean(false));
            default -> throw new VectorCase.Unsupported("owner type '" + type + "'");
        };
    }

    private static GenericSignature signature(JsonNode o) {
        if (o == null || o.isNull()) {
            throw new VectorCase.Unsupported("required input 'signature' is missing");
        }
        return GenericSignature.of(SignatureType.parse(o.path("type").asText("")), hex(o, "sig"));
    }

    private static byte[] hex(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            throw new VectorCase.Unsupported("required input '" + field + "' is missing");
        }
        try {
            return HEX.parseHex(v.asText());
        } catch (IllegalArgumentException e) {
            throw new VectorCase.Unsupported("field '" + field + "' is not hex");
        }
    }

    private static void expect(String what, byte[] expected, byte[] actual) {
        if (!Arrays.equals(expected, actual)) {
            throw new VectorCase.Mismatch(what + ": expected " + HEX.formatHex(expected) + ", got " + HEX.formatHex(actual));
        }
    }

    private static void expectNumber(VectorCase c, String field, long actual) {
        long expected = c.number(field);
        if (expected != actual) {
            throw new VectorCase.Mismatch(field + ": expected " + expected + ", got " + actual);
        }
    }
}
