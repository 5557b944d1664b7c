package dev.onscrypto.cli;

import java.util.HexFormat;

import dev.onscrypto.ons.EncryptedValue;
import dev.onscrypto.ons.MappingType;
import dev.onscrypto.ons.MappingValue;
import dev.onscrypto.ons.Network;
import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.OnsName;
import dev.onscrypto.ons.Owner;
import dev.onscrypto.ons.SignatureType;
import dev.onscrypto.ons.SignedUpdate;
import dev.onscrypto.ons.UpdateData;
import dev.onscrypto.ons.UpdateSigningKey;
import dev.onscrypto.ons.tx.HardForks;
import dev.onscrypto.ons.tx.OnsTxBuilder;
import dev.onscrypto.ons.tx.OnsTxExtra;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ons tx-extra build buy|update|renew}: the ONS field and the burn field a wallet puts in the
 * extra. Prints {@code ons_field=}, {@code burn=} and {@code extra=} (the ONS field then the burn field);
 * the rest of the transaction stays with the wallet.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the ONS field and burn field of a buy, update or renewal.",
        subcommands = {TxExtraBuildCommand.Buy.class, TxExtraBuildCommand.Update.class, TxExtraBuildCommand.Renew.class})
final class TxExtraBuildCommand extends CliCommand {
    @Override
    public Integer call() {
        throw new CliException(ExitCodes.USAGE, "tx-extra build needs buy, update or renew");
    }

    static Output output(OnsTxExtra built) {
        HexFormat hex = HexFormat.of();
        return new Output()
                .put("ons_field", hex.formatHex(built.onsField()))
                .put("burn", built.burn())
                .put("extra", hex.formatHex(built.extra()))
                .put("kind", built.field().kind().orElseThrow().label())
                .put("type", built.field().type().label())
                .put("name_hash", built.field().nameHash().hex());
    }

    static int hardFork(int hf) {
        if (hf < 0 || hf > 255) {
            throw new CliException(ExitCodes.USAGE, "--hf must be a hard-fork version 0..255");
        }
        return hf;
    }

    /** {@code build buy}. */
    @Command(name = "buy", mixinStandardHelpOptions = true,
            description = "A buy: the value is encrypted under the name (fresh nonce); burn = burn_needed(hf, type).")
    static final class Buy extends CliCommand {
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--type", required = true, paramLabel = "T",
                description = "session, wallet, lokinet (1 year), lokinet_2y, lokinet_5y or lokinet_10y.")
        String type;

        @Option(names = "--value", paramLabel = "TEXT", description = "The value (Session ID, wallet address, .loki address).")
        String value;

        @Option(names = "--value-encrypted", paramLabel = "HEX", description = "Or the value already encrypted (stored form).")
        String valueEncrypted;

        @Option(names = "--owner", required = true, paramLabel = "O", description = "Wallet address or 64-hex ed25519 key.")
        String owner;

        @Option(names = "--backup-owner", paramLabel = "O")
        String backupOwner;

        @Option(names = "--hf", paramLabel = "N", defaultValue = "" + HardForks.CURRENT,
                description = "Hard-fork version for the burn (default: ${DEFAULT-VALUE}).")
        int hf;

        @Mixin
        NetworkOption network;

        @Override
        public Integer call() {
            if ((value == null) == (valueEncrypted == null)) {
                throw new CliException(ExitCodes.USAGE, "give exactly one of --value and --value-encrypted");
            }
            MappingType t = Args.type(type);
            OnsName n = OnsName.of(name, t);
            Network net = network.get();
            int fork = hardFork(hf);
            Ons ons = common.ons();
            Owner o = ons.owners().parse(owner, net);
            Owner b = backupOwner == null ? null : ons.owners().parse(backupOwner, net);
            OnsTxBuilder builder = new OnsTxBuilder(ons);
            OnsTxExtra built;
            if (value != null) {
                MappingValue v = ons.values().parse(t.recordType(), value, net);
                built = builder.buy(n, t, v, o, b, fork);
            } else {
                EncryptedValue e = EncryptedValue.ofStored(t.recordType(), Args.hex(valueEncrypted, "--value-encrypted", -1));
                built = builder.buy(ons.names().hash(n), t, e, o, b, fork);
            }
            return print(output(built).put("encrypted_value", HexFormat.of().formatHex(built.field().encryptedValue().orElseThrow())));
        }
    }

    /** {@code build update}. */
    @Command(name = "update", mixinStandardHelpOptions = true,
            description = {"An update, signed here with --key-file (the value is encrypted once and exactly that",
                    "ciphertext is signed and placed), or carrying an external --signature over --value-encrypted."})
    static final class Update extends CliCommand {
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--type", required = true, paramLabel = "T", description = "session, wallet or lokinet.")
        String type;

        @Option(names = "--prev-txid", required = true, paramLabel = "HEX", description = "The record's current txid.")
        String prevTxid;

        @Option(names = "--value", paramLabel = "TEXT", description = "New value, readable (signed here only).")
        String value;

        @Option(names = "--value-encrypted", paramLabel = "HEX", description = "New value, encrypted (stored form).")
        String valueEncrypted;

        @Option(names = "--owner", paramLabel = "O")
        String owner;

        @Option(names = "--backup-owner", paramLabel = "O")
        String backupOwner;

        @Option(names = "--key-file", paramLabel = "F|-", description = "Signing key file, or - for stdin.")
        String keyFile;

        @Option(names = "--subaddress", paramLabel = "MAJOR,MINOR", description = "Subaddress index of a wallet owner.")
        String subaddress;

        @Option(names = "--signature", paramLabel = "HEX", description = "An external signature (128 hex).")
        String signature;

        @Option(names = "--sig-type", paramLabel = "cryptonote|ed25519",
                description = "Type of --signature; monero (oxen-core's name) means cryptonote.")
        String sigType;

        @Mixin
        NetworkOption network;

        @Override
        public Integer call() {
            if (value == null && valueEncrypted == null && owner == null && backupOwner == null) {
                throw new CliException(ExitCodes.USAGE, "an update changes at least one of --value, --owner, --backup-owner");
            }
            if (value != null && valueEncrypted != null) {
                throw new CliException(ExitCodes.USAGE, "give at most one of --value and --value-encrypted");
            }
            if ((keyFile == null) == (signature == null)) {
                throw new CliException(ExitCodes.USAGE, "give exactly one of --key-file and --signature");
            }
            if (signature != null && (sigType == null || value != null)) {
                throw new CliException(ExitCodes.USAGE,
                        "an external --signature needs --sig-type and covers --value-encrypted, not --value");
            }
            MappingType t = Args.type(type).recordType();
            OnsName n = OnsName.of(name, t);
            Network net = network.get();
            byte[] prev = Args.hex(prevTxid, "--prev-txid", UpdateData.TXID_LENGTH);
            int[] sub = subaddress == null ? null : Args.subaddress(subaddress);
            Ons ons = common.ons();
            Owner o = owner == null ? null : ons.owners().parse(owner, net);
            Owner b = backupOwner == null ? null : ons.owners().parse(backupOwner, net);
            byte[] encrypted = valueEncrypted == null ? null : Args.hex(valueEncrypted, "--value-encrypted", -1);
            OnsTxBuilder builder = new OnsTxBuilder(ons);
            OnsTxExtra built;
            HexFormat hex = HexFormat.of();
            if (signature != null) {
                byte[] sig = Args.hex(signature, "--signature", 64);
                UpdateData data = UpdateData.ofRaw(encrypted, o, b, prev);
                built = builder.update(t, ons.names().hash(n), data, SignatureType.parse(sigType), sig);
                return print(output(built).put("hash", hex.formatHex(ons.updates().hash(data))));
            }
            SignedUpdate signed;
            try (UpdateSigningKey key = KeyFile.read(keyFile, cli().in(), sub)) {
                if (encrypted != null) {
                    signed = ons.updates().sign(UpdateData.ofRaw(encrypted, o, b, prev), key);
                } else {
                    MappingValue v = value == null ? null : ons.values().parse(t, value, net);
                    signed = ons.updates().prepareAndSign(n, v, o, b, prev, key);
                }
            }
            built = builder.update(t, ons.names().hash(n), signed);
            return print(output(built)
                    .put("hash", hex.formatHex(signed.hash()))
                    .put("encrypted_value", signed.encryptedValue().map(hex::formatHex).orElse(null))
                    .put("sig_type", signed.signatureType().label())
                    .put("signature", signed.signatureHex()));
        }
    }

    /** {@code build renew}. */
    @Command(name = "renew", mixinStandardHelpOptions = true,
            description = "A renewal of a lokinet name (anyone may renew); burn = burn_needed(hf, type).")
    static final class Renew extends CliCommand {
        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--type", required = true, paramLabel = "T", description = "lokinet, lokinet_2y, lokinet_5y or lokinet_10y.")
        String type;

        @Option(names = "--prev-txid", required = true, paramLabel = "HEX", description = "The record's current txid.")
        String prevTxid;

        @Option(names = "--hf", paramLabel = "N", defaultValue = "" + HardForks.CURRENT,
                description = "Hard-fork version for the burn (default: ${DEFAULT-VALUE}).")
        int hf;

        @Override
        public Integer call() {
            MappingType t = Args.type(type);
            OnsName n = OnsName.of(name, t);
            byte[] prev = Args.hex(prevTxid, "--prev-txid", UpdateData.TXID_LENGTH);
            int fork = hardFork(hf);
            Ons ons = common.ons();
            return print(output(new OnsTxBuilder(ons).renew(n, t, prev, fork)));
        }
    }
}
