package dev.onscrypto.cli;

import java.util.HexFormat;

import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.Owner;
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

    @Option(names = "--prev-txid", required = true, paramLabel = "HEX", description = "The record's current txid.")
    String prevTxid;

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
        // Check all public input before touching the key file, so a typo never costs a read of secrets.
        OnsName n = Args.recordName(name, type);
        Network net = network.get();
        byte[] prev = Args.hex(prevTxid, "--prev-txid", UpdateData.TXID_LENGTH);
        int[] sub = subaddress == null ? null : Args.subaddress(subaddress);
        Ons ons = common.ons();
        MappingValue v = value == null ? null : ons.values().parse(n.type(), value, net);
        Owner o = owner == null ? null : ons.owners().parse(owner, net);
        Owner b = backupOwner == null ? null : ons.owners().parse(backupOwner, net);
        SignedUpdate signed;
        byte[] signer;
        try (UpdateSigningKey key = KeyFile.read(keyFile, cli().in(), sub)) {
            signed = ons.updates().prepareAndSign(n, v, o, b, prev, key);
            signer = ons.updates().publicKey(key);
        }
        HexFormat hex = HexFormat.of();
        return print(new Output()
                .put("hash", hex.formatHex(signed.hash()))
                .put("encrypted_value", signed.encryptedValue().map(hex::formatHex).orElse(null))
                .put("signer", hex.formatHex(signer))
                .put("sig_type", signed.signatureType().label())
                .put("signature", signed.signatureHex()));
    }
}
