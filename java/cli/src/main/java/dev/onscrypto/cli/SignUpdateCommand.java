package dev.onscrypto.cli;

import java.util.HexFormat;
import java.util.List;

import dev.onscrypto.node.Agreed;
import dev.onscrypto.node.FoundRecord;
import dev.onscrypto.node.OnsNodeClient;

import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.OnsRecord;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.SignatureType;
import dev.onscrypto.ons.SignedUpdate;
import dev.onscrypto.ons.UpdateData;
import dev.onscrypto.ons.UpdateSigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ons sign-update}: the wallet's {@code ons_make_update_mapping_signature}. The value is
 * encrypted once and the signature covers exactly those bytes, which are printed so the submitter
 * puts the same ciphertext in the transaction (the wallet re-encrypts after signing; we do not).
 */
@Command(name = "sign-update", mixinStandardHelpOptions = true,
        description = {"Sign an ONS update: prints the hash, the exact encrypted value it covers, and signature=<128 hex>.",
                "The key comes from --key-file (ed25519=<seed>, or spend=<secret> [view=<secret>]); '-' reads stdin."})
final class SignUpdateCommand extends CliCommand {
    @Option(names = "--name", required = true, paramLabel = "NAME")
    String name;

    @Option(names = "--type", required = true, paramLabel = "T", description = "session, wallet or lokinet.")
    String type;

    @Option(names = "--prev-txid", paramLabel = "HEX",
            description = "The record's current txid (offline use); with --node it is fetched instead.")
    String prevTxid;

    @Mixin
    NodeOptions node;

    @Option(names = "--value", paramLabel = "TEXT", description = "New value (readable: Session ID, address, .loki).")
    String value;

    @Option(names = "--owner", paramLabel = "O")
    String owner;

    @Option(names = "--backup-owner", paramLabel = "O")
    String backupOwner;

    @Mixin
    NetworkOption network;

    @Option(names = "--key-file", required = true, paramLabel = "F|-",
            description = "Signing key file, or - for stdin. Secrets are never taken on the command line.")
    String keyFile;

    @Option(names = "--subaddress", paramLabel = "MAJOR,MINOR", description = "Subaddress index of a wallet owner.")
    String subaddress;

    @Override
    public Integer call() {
        if (value == null && owner == null && backupOwner == null) {
            throw new CliException(ExitCodes.USAGE, "an update changes at least one of --value, --owner, --backup-owner");
        }
        if (node.given() == (prevTxid != null)) {
            throw new CliException(ExitCodes.USAGE, node.given()
                    ? "give --node URL (to fetch the record) or --prev-txid HEX (offline), not both"
                    : "give --node URL (to fetch the record) or --prev-txid HEX (offline)");
        }
        // Check all public input before touching the key file, so a typo never costs a read of secrets.
        OnsName n = Args.recordName(name, type);
        int[] sub = subaddress == null ? null : Args.subaddress(subaddress);
        Ons ons = common.ons();
        java.util.Optional<Network> fixed = network.fixed(ons.addresses(), owner, backupOwner, value);
        Network net = fixed.orElse(Network.MAINNET);
        byte[] prev;
        OnsRecord current = null;
        if (prevTxid != null) {
            prev = Args.hex(prevTxid, "--prev-txid", UpdateData.TXID_LENGTH);
        } else {
            current = fetch(ons, n, fixed.orElse(null));
            net = nodeNetwork;   // equal to the fixed one when there is one: the client required it
            prev = current.txid();
        }
        MappingValue v = value == null ? null : ons.values().parse(n.type(), value, net);
        Owner o = owner == null ? null : ons.owners().parse(owner, net);
        Owner b = backupOwner == null ? null : ons.owners().parse(backupOwner, net);
        SignedUpdate signed;
        byte[] signer;
        try (UpdateSigningKey key = KeyFile.read(keyFile, cli().in(), sub)) {
            signer = ons.updates().publicKey(key);
            if (current != null && !holds(current, key.type(), signer)) {
                throw new CliException(ExitCodes.INVALID, "the key is neither the owner nor the backup owner of "
                        + n.text() + " (" + n.type().label() + ")");
            }
            signed = ons.updates().prepareAndSign(n, v, o, b, prev, key);
        }
        HexFormat hex = HexFormat.of();
        return print(new Output()
                .put("prev_txid", hex.formatHex(prev))
                .put("hash", hex.formatHex(signed.hash()))
                .put("encrypted_value", signed.encryptedValue().map(hex::formatHex).orElse(null))
                .put("signer", hex.formatHex(signer))
                .put("sig_type", signed.signatureType().label())
                .put("signature", signed.signatureHex()));
    }

    private Network nodeNetwork;

    /** The record as a quorum of nodes has it; exit 1 when it is missing or expired. */
    private OnsRecord fetch(Ons ons, OnsName n, Network required) {
        Agreed<List<FoundRecord>> found;
        try (OnsNodeClient client = node.client(ons, required)) {
            found = NodeOptions.run(() -> client.lookup(List.of(n)), required);
        }
        nodeNetwork = found.network();
        FoundRecord f = found.value().stream().filter(r -> r.record().type() == n.type()).findFirst()
                .orElseThrow(() -> new CliException(ExitCodes.INVALID, "not found: no " + n.type().label()
                        + " record for " + n.text()));
        if (!f.active()) {
            throw new CliException(ExitCodes.INVALID, "expired: the " + n.type().label() + " record of " + n.text()
                    + " expired before height " + found.height());
        }
        return f.record();
    }

    /** Whether the key's public key is the record's owner or backup owner (same signature type and key). */
    private static boolean holds(OnsRecord r, SignatureType type, byte[] publicKey) {
        return matches(r.owner(), type, publicKey) || r.backupOwner().map(b -> matches(b, type, publicKey)).orElse(false);
    }

    private static boolean matches(Owner owner, SignatureType type, byte[] publicKey) {
        return owner.type() == type && java.security.MessageDigest.isEqual(owner.verificationKey(), publicKey);
    }
}
