package dev.onscrypto.vectors;

import java.util.Map;
import java.util.Optional;

import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.NameHash;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.OxenAddress;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.SignatureType;
import dev.onscrypto.ons.UpdateData;

/** Handlers for the ONS ops of FORMAT.md, all through the public ONS API. */
final class OnsOps {
    private OnsOps() {}

    static Map<String, OpHandler> handlers() {
        return Map.of(
                "ons_name", OnsOps::name,
                "ons_value", OnsOps::value,
                "oxen_address", OnsOps::address,
                "ons_encrypt", OnsOps::encrypt,
                "ons_encrypt_legacy", OnsOps::encryptLegacy,
                "ons_decrypt", OnsOps::decrypt,
                "ons_owner", OnsOps::owner,
                "ons_update_hash", OnsOps::updateHash,
                "ons_verify_signature", OnsOps::verifySignature);
    }

    private static MappingType type(VectorCase c) {
        return MappingType.parse(c.text("type"));
    }

    private static Network network(VectorCase c) {
        return Network.parse(c.text("network", "mainnet"));
    }

    private static boolean name(VectorCase c, Ons ons, boolean check) {
        OnsName name = OnsName.of(c.text("name"), type(c));
        NameHash hash = ons.names().hash(name);
        if (check) {
            c.expectText("normalized", name.text());
            c.expectBytes("hash", hash.bytes());
            c.expectText("hash_b64", hash.base64());
        }
        return true;
    }

    private static boolean value(VectorCase c, Ons ons, boolean check) {
        MappingValue v = ons.values().parse(type(c), c.text("text"), network(c));
        if (check) {
            c.expectBytes("binary", v.binary());
        }
        return true;
    }

    private static boolean address(VectorCase c, Ons ons, boolean check) {
        OxenAddress a = ons.addresses().parseAnyNetwork(c.text("address"));
        if (check) {
            c.expectText("network", a.network().label());
            c.expectText("kind", a.kind().label());
            c.expectBytes("spend", a.spendKey());
            c.expectBytes("view", a.viewKey());
            Optional<byte[]> pid = a.paymentId();
            if (c.has("payment_id")) {
                c.expectBytes("payment_id", pid.orElse(new byte[0]));
            } else if (pid.isPresent()) {
                throw new VectorCase.Mismatch("payment_id: expected none, got " + VectorCase.hex(pid.get()));
            }
        }
        return true;
    }

    private static boolean encrypt(VectorCase c, Ons ons, boolean check) {
        MappingType type = type(c);
        EncryptedValue e = ons.records().encrypt(OnsName.of(c.text("name"), type),
                MappingValue.ofBinary(type, c.bytes("binary")), c.bytes("nonce"));
        if (check) {
            c.expectBytes("encrypted", e.bytes());
        }
        return true;
    }

    private static boolean encryptLegacy(VectorCase c, Ons ons, boolean check) {
        // The legacy key depends on the name only; the type is informational (session when absent).
        MappingType type = c.has("type") ? type(c) : MappingType.SESSION;
        // The raw transform: records are made legacy only for Session, the vectors check any type.
        byte[] sealed = ons.records().rawLegacySeal(OnsName.of(c.text("name"), type), c.bytes("binary"));
        if (check) {
            c.expectBytes("encrypted", sealed);
        }
        return true;
    }

    private static boolean decrypt(VectorCase c, Ons ons, boolean check) {
        MappingType type = type(c);
        OnsName name = OnsName.of(c.text("name"), type);
        EncryptedValue stored = c.has("nonce")
                ? EncryptedValue.ofResolved(type, c.bytes("encrypted"), c.bytes("nonce"))
                : EncryptedValue.ofStored(type, c.bytes("encrypted"));
        MappingValue v = ons.records().decrypt(name, stored);
        String text = ons.values().format(v, network(c));
        if (check) {
            c.expectBytes("binary", v.binary());
            c.expectText("text", text);
            if (c.has("scheme")) {
                c.expectText("scheme", stored.scheme().label());
            }
        }
        return true;
    }

    private static boolean owner(VectorCase c, Ons ons, boolean check) {
        Owner o = ons.owners().parse(c.text("owner"), network(c));
        if (check) {
            c.expectBytes("binary", o.genericOwner());
        }
        return true;
    }

    private static Owner optionalOwner(VectorCase c, Ons ons, String field) {
        String text = c.text(field, "");
        return text.isEmpty() ? null : ons.owners().parse(text, network(c));
    }

    private static boolean updateHash(VectorCase c, Ons ons, boolean check) {
        UpdateData data = UpdateData.ofRaw(c.has("encrypted_value") ? c.bytes("encrypted_value") : null,
                optionalOwner(c, ons, "owner"), optionalOwner(c, ons, "backup_owner"), c.bytes("prev_txid"));
        byte[] hash = ons.updates().hash(data);
        if (check) {
            c.expectBytes("sig_data", data.signedBuffer());
            c.expectBytes("hash", hash);
        }
        return true;
    }

    private static boolean verifySignature(VectorCase c, Ons ons, boolean check) {
        // An absent or empty owner is "no owner"; verify_ons_signature rejects it, and an unset owner
        // (generic_owner::operator bool false) too, inside UpdateSignatures.verify.
        Owner owner = optionalOwner(c, ons, "owner");
        return ons.updates().verify(c.bytes("hash"), owner, SignatureType.parse(c.text("sig_type")), c.bytes("signature"));
    }
}
