package dev.onscrypto.cli;

import java.util.HexFormat;
import java.util.List;

import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.tx.OnsExtraField;
import dev.onscrypto.ons.tx.TxExtraField;

/** The fields of a parsed extra as {@code key=value} output; the ONS field decoded. */
final class TxExtraPrinter {
    private TxExtraPrinter() {}

    static void fields(Output out, List<TxExtraField> fields, Ons ons, Network network) {
        out.put("fields", fields.size());
        for (int i = 0; i < fields.size(); i++) {
            TxExtraField f = fields.get(i);
            String key = "field" + i;
            switch (f) {
                case TxExtraField.Padding p -> out.put(key, "padding " + p.zeros() + " zero bytes");
                case TxExtraField.PublicKey k -> out.put(key, "pubkey " + k.hex());
                case TxExtraField.Nonce n -> out.put(key, "nonce " + n.hex());
                case TxExtraField.AdditionalPublicKeys a -> out.put(key, "additional_pubkeys " + String.join(",", a.hexKeys()));
                case TxExtraField.ServiceNodePublicKey s -> out.put(key, "service_node_pubkey " + s.hex());
                case TxExtraField.Burn b -> out.put(key, "burn " + Long.toUnsignedString(b.amount()));
                case OnsExtraField o -> out.put(key, "ons");
            }
        }
    }

    /** The first ONS field, keys prefixed {@code ons_}. */
    static void ons(Output out, OnsExtraField f, Ons ons, Network network) {
        HexFormat hex = HexFormat.of();
        out.put("ons_version", f.version())
                .put("ons_type", f.type().label())
                .put("ons_name_hash", f.nameHash().hex())
                .put("ons_prev_txid", hex.formatHex(f.prevTxid()))
                .put("ons_fields", String.format("0x%02x", f.fields()))
                .put("ons_kind", f.kind().map(k -> k.label()).orElse("none"))
                .put("ons_owner", f.owner().map(o -> owner(o, ons, network)).orElse(null))
                .put("ons_backup_owner", f.backupOwner().map(o -> owner(o, ons, network)).orElse(null))
                .put("ons_sig_type", f.signature().map(s -> s.type().label()).orElse(null))
                .put("ons_signature", f.signature().map(s -> s.hex()).orElse(null))
                .put("ons_encrypted_value", f.encryptedValue().map(hex::formatHex).orElse(null));
    }

    static String owner(Owner o, Ons ons, Network network) {
        return ons.owners().format(o, network);
    }
}
