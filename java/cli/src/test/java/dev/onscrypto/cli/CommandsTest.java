package dev.onscrypto.cli;

import static dev.onscrypto.cli.CliRun.run;
import static dev.onscrypto.cli.CliRun.runWithStdin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command in-process: output, exit codes, and bad input (one error line, no secrets). */
class CommandsTest {
    static final String SESSION_ID = "05fb466d312e1666ad1c84c4ee55b7e034151c0e366a313d95d11436a5f36e1e75";
    static final String JAGERMAN_ENC = "d9bca6752665f2254ec7522f98aa5f2dfb13c9fa1ad1e39cd3d7a89a0df04719e348da537bc310a53e3b59ca24639b9b42";
    static final String JAGERMAN_NONCE = "73e8243f3fadd471be36c6df3d62f863f9bb3a9d1cc696c0";
    static final String ADDRESS = "LE59icbdt38SEUb2p9moeBEXYM9YShxBU1Txuk1R9DtmbAbwKDXc4vcKgycgXi6VzAVVKeeSSePgicPEZ27pq4xH7to6JkQ";
    static final String SEED = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
    static final String TXID = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    @Test
    void noCommandOrUnknownOptionIsUsage() {
        assertEquals(2, run().code());
        CliRun r = run("name", "--frobnicate", "x");
        assertEquals(2, r.code());
        assertTrue(r.oneErrorLine(), r.err());
        assertEquals(2, run("encrypt", "--name", "x", "abc").code(), "missing --type");
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"backend", "name", "value", "address", "encrypt", "decrypt", "owner",
                "update-hash", "sign-update", "verify-update", "resolve", "vectors"}) {
            CliRun r = run(c, "--help");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("Usage: ons " + c), r.out());
        }
        assertEquals(0, run("vectors", "verify", "--help").code());
    }

    @Test
    void backend() {
        CliRun r = run("backend", "--backend", "java");
        assertEquals(0, r.code(), r.err());
        assertEquals("java", r.field("backend"));
        CliRun j = run("backend", "--json");
        assertEquals(0, j.code());
        assertTrue(j.out().contains("\"native_available\""), j.out());
        CliRun bad = run("backend", "--backend", "sideways");
        assertEquals(2, bad.code());
        assertTrue(bad.oneErrorLine(), bad.err());
    }

    @Test
    void name() {
        CliRun r = run("name", "JaGeRmAn");
        assertEquals(0, r.code(), r.err());
        assertEquals("jagerman", r.field("name"));
        assertEquals("yB7mbm2q1MaczqNZCYguH+71z5jooEMeXA0sncfni+g=", r.field("hash_base64"));
        assertEquals("lokinet", run("name", "blocks.loki").field("type"));
        CliRun bad = run("name", "bad-");
        assertEquals(1, bad.code());
        assertTrue(bad.oneErrorLine() && bad.err().contains("rule boundary"), bad.err());
        assertEquals(1, run("name", "snode.loki").code());
        CliRun json = run("name", "bad name", "--json");
        assertEquals(1, json.code());
        assertTrue(json.out().contains("\"exit_code\" : 1"), json.out());
        assertEquals(2, run("name", "x", "--type", "email").code());
    }

    @Test
    void valueAndAddress() {
        CliRun v = run("value", "--type", "session", SESSION_ID);
        assertEquals(0, v.code(), v.err());
        assertEquals(SESSION_ID, v.field("binary"));
        assertEquals(1, run("value", "--type", "session", "05zz").code());
        CliRun w = run("value", "--type", "wallet", ADDRESS);
        assertEquals(0, w.code(), w.err());
        assertEquals("65", w.field("length"));

        CliRun a = run("address", ADDRESS);
        assertEquals(0, a.code(), a.err());
        assertEquals("mainnet", a.field("network"));
        String wrongChecksum = ADDRESS.substring(0, ADDRESS.length() - 1)
                + (ADDRESS.endsWith("Q") ? "R" : "Q");
        CliRun bad = run("address", wrongChecksum);
        assertEquals(1, bad.code());
        assertTrue(bad.oneErrorLine(), bad.err());
    }

    @Test
    void encryptDecryptRoundTripAndTampering() {
        String nonce = "000102030405060708090a0b0c0d0e0f1011121314151617";
        CliRun e = run("encrypt", "--type", "session", "--name", "jagerman", "--nonce", nonce, SESSION_ID);
        assertEquals(0, e.code(), e.err());
        // jagerman's real Session ID under the current scheme with nonce bytes 0..23: ciphertext ‖ tag ‖ nonce
        assertEquals("5487ba30425fda970ead5677a5278db1451492a94443aec29b28a6424634d935edb2c51f723c5b32f83c1d27aa87f1f719"
                + nonce, e.field("encrypted_value"));
        CliRun d = run("decrypt", "--type", "session", "--name", "jagerman", e.field("encrypted_value"));
        assertEquals(0, d.code(), d.err());
        assertEquals(SESSION_ID, d.field("value"));
        CliRun resolved = run("decrypt", "--type", "session", "--name", "jagerman", "--nonce", JAGERMAN_NONCE, JAGERMAN_ENC);
        assertEquals(SESSION_ID, resolved.field("value"));

        String tampered = "00" + JAGERMAN_ENC.substring(2);
        CliRun t = run("decrypt", "--type", "session", "--name", "jagerman", "--nonce", JAGERMAN_NONCE, tampered);
        assertEquals(1, t.code());
        assertTrue(t.oneErrorLine() && t.err().contains("does not decrypt"), t.err());
        assertEquals(1, run("decrypt", "--type", "session", "--name", "jagermax", "--nonce", JAGERMAN_NONCE, JAGERMAN_ENC).code());
        assertEquals(2, run("decrypt", "--type", "session", "--name", "jagerman", "xyz").code(), "bad hex");
        assertEquals(2, run("decrypt", "--type", "session", "--name", "jagerman", "--nonce", "00", JAGERMAN_ENC).code());
        assertEquals(2, run("encrypt", "--type", "session", "--name", "bad name", SESSION_ID).code(), "bad name");
        assertEquals(2, run("encrypt", "--type", "session", "--name", "x", "--nonce", "zz", SESSION_ID).code());
    }

    @Test
    void owner() {
        CliRun o = run("owner", ADDRESS);
        assertEquals(0, o.code(), o.err());
        assertEquals("monero", o.field("sig_type"));
        assertEquals(160, o.field("generic_owner").length());
        CliRun e = run("owner", SEED.toUpperCase());
        assertEquals("ed25519", e.field("sig_type"));
        assertEquals(SEED, e.field("owner"));
        assertEquals(1, run("owner", "nothex").code());
        // The address fixes the network; --network only insists, and a mismatch is bad input naming both.
        CliRun m = run("owner", ADDRESS, "--network", "testnet");
        assertEquals(2, m.code());
        assertTrue(m.oneErrorLine() && m.err().contains("testnet") && m.err().contains("mainnet"), m.err());
        assertEquals(2, run("owner", ADDRESS, "--network", "moon").code());
    }

    @Test
    void updateHash() {
        CliRun h = run("update-hash", "--prev-txid", TXID, "--owner", SEED);
        assertEquals(0, h.code(), h.err());
        assertEquals(64, h.field("hash").length());
        assertEquals(2, run("update-hash", "--prev-txid", TXID).code(), "nothing changes");
        assertEquals(2, run("update-hash", "--prev-txid", "abcd", "--owner", SEED).code(), "short txid");
        assertEquals(2, run("update-hash", "--prev-txid", TXID, "--value-encrypted", "0g").code(), "bad hex");
    }

    @Test
    void signThenVerifyWithEd25519Key(@TempDir Path dir) throws IOException {
        Path keys = dir.resolve("key");
        Files.writeString(keys, "\n  ed25519 = " + SEED + "  \n\n");
        CliRun s = run("sign-update", "--name", "jagerman", "--type", "session", "--prev-txid", TXID,
                "--value", SESSION_ID, "--key-file", keys.toString());
        assertEquals(0, s.code(), s.err());
        String sig = s.field("signature");
        assertEquals(128, sig.length());
        assertFalse(s.out().contains(SEED) || s.err().contains(SEED), "no secret in any output");
        // The encrypted value printed is the one the hash covers, and it decrypts to the new value.
        String enc = s.field("encrypted_value");
        assertEquals(SESSION_ID, run("decrypt", "--type", "session", "--name", "jagerman", enc).field("value"));
        assertEquals(s.field("hash"), run("update-hash", "--prev-txid", TXID, "--value-encrypted", enc).field("hash"));

        String signer = s.field("signer");
        CliRun ok = run("verify-update", "--hash", s.field("hash"), "--owner", signer, "--signature", sig);
        assertEquals(0, ok.code(), ok.err());
        assertEquals("true", ok.field("valid"));
        String flipped = (sig.charAt(0) == '0' ? "1" : "0") + sig.substring(1);
        CliRun no = run("verify-update", "--hash", s.field("hash"), "--owner", signer, "--signature", flipped);
        assertEquals(1, no.code());
        assertEquals("false", no.field("valid"));
        assertEquals(1, run("verify-update", "--hash", s.field("hash"), "--owner", signer, "--signature", sig,
                "--sig-type", "monero").code());
        assertEquals(2, run("verify-update", "--hash", "00", "--owner", signer, "--signature", sig).code());

        // The same key through stdin.
        CliRun stdin = runWithStdin("ed25519=" + SEED + "\n", "sign-update", "--name", "jagerman", "--type", "session",
                "--prev-txid", TXID, "--owner", signer, "--key-file", "-");
        assertEquals(0, stdin.code(), stdin.err());
        assertEquals(signer, stdin.field("signer"));
    }

    @Test
    void walletKeySigns(@TempDir Path dir) throws IOException {
        Path keys = dir.resolve("wallet");
        // Any reduced scalar is a valid spend secret; the view secret is only needed for a subaddress.
        Files.writeString(keys, "spend=" + "01".repeat(32) + "\nview=" + "02".repeat(32) + "\n");
        CliRun s = run("sign-update", "--name", "jagerman", "--type", "session", "--prev-txid", TXID,
                "--owner", SEED, "--key-file", keys.toString(), "--subaddress", "0,1");
        assertEquals(0, s.code(), s.err());
        assertEquals("monero", s.field("sig_type"));
        assertEquals(2, run("sign-update", "--name", "jagerman", "--type", "session", "--prev-txid", TXID,
                "--owner", SEED, "--key-file", keys.toString(), "--subaddress", "x").code());
    }

    @Test
    void subaddressOwnerSignsAndVerifies(@TempDir Path dir) throws IOException {
        // Wallet keys b, a (a = Hs(b)); the subaddress (1,0) of that wallet owns the record, so the signing key
        // is b + Hs("SubAddr\0" ‖ a ‖ 1 ‖ 0), as oxen-core's get_subaddress_secret_key derives it.
        String sub = "LWQLwYKciWaF5tefWxxjHR3TuxbW1QaLyduHC6ZWpnGsR47QdnsBemyUHvfEwTWVSKaEcGGDsVGS6gUfeVydqxA3Sw9KCPn";
        String primary = "LCeypw8TcTUejDUdxpRXymCEyna4HHAowaDUfyrY8ohu7W4U9KYRjGdWmKSKneVrwVTa75KsQdnzEP89DAGnBCd6EazDred";
        Path keys = dir.resolve("wallet.keys");
        Files.writeString(keys, "spend=0b19bb918941e5b091d9a28dd1a8b23bc972bddceecb1943af4740354de1a106\n"
                + "view=58fb9cad18f634df6ee3bc5336de2979db595215c1bbcf5774bd92d2fb74a406\n");
        CliRun s = run("sign-update", "--name", "jagerman", "--type", "session", "--prev-txid", TXID,
                "--owner", SEED, "--key-file", keys.toString(), "--subaddress", "1,0");
        assertEquals(0, s.code(), s.err());
        assertEquals("9fd6b784562c6f5434636b48dd70c80ebb3d554efd58e2dc9e6ca9e7c089d48f", s.field("signer"));
        CliRun ok = run("verify-update", "--hash", s.field("hash"), "--owner", sub, "--signature", s.field("signature"));
        assertEquals(0, ok.code(), ok.out() + ok.err());
        // --sig-type: the canonical cryptonote (any case) and oxen-core's monero name the same type; the
        // printed sig_type= stays oxen-core's spelling.
        for (String sigType : List.of("cryptonote", "CryptoNote", "monero")) {
            CliRun typed = run("verify-update", "--hash", s.field("hash"), "--owner", sub, "--signature",
                    s.field("signature"), "--sig-type", sigType);
            assertEquals(0, typed.code(), sigType + ": " + typed.out() + typed.err());
            assertEquals("monero", typed.field("sig_type"));
        }
        CliRun unknownType = run("verify-update", "--hash", s.field("hash"), "--owner", sub, "--signature",
                s.field("signature"), "--sig-type", "schnorr");
        assertEquals(2, unknownType.code());
        assertTrue(unknownType.oneErrorLine() && unknownType.err().contains("cryptonote"), unknownType.err());
        CliRun wrongOwner = run("verify-update", "--hash", s.field("hash"), "--owner", primary,
                "--signature", s.field("signature"));
        assertEquals(1, wrongOwner.code(), "signed by the subaddress key D, not the primary B");
    }

    @Test
    void badKeyFilesNeverEchoKeyMaterial(@TempDir Path dir) throws IOException {
        String secretish = "deadbeef".repeat(8);
        String[][] files = {
                {"missing", null},
                {"garbage", secretish + "\n"},
                {"unknown", "seed=" + secretish + "\n"},
                {"short", "ed25519=" + secretish.substring(2) + "\n"},
                {"nothex", "ed25519=" + secretish.substring(2) + "zz\n"},
                {"both", "ed25519=" + secretish + "\nspend=" + secretish + "\n"},
                {"twice", "spend=" + secretish + "\nspend=" + secretish + "\n"},
                {"empty", "\n\n"},
        };
        for (String[] f : files) {
            Path p = dir.resolve(f[0]);
            if (f[1] != null) {
                Files.writeString(p, f[1]);
            }
            CliRun r = run("sign-update", "--name", "jagerman", "--type", "session", "--prev-txid", TXID,
                    "--owner", SEED, "--key-file", p.toString());
            assertEquals(2, r.code(), f[0] + ": " + r.err());
            assertTrue(r.oneErrorLine(), f[0] + ": " + r.err());
            assertFalse(r.err().contains("deadbeef") || r.out().contains("deadbeef"), f[0] + ": " + r.err());
        }
    }

    @Test
    void vectorsVerifyKeepsItsFormat(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"vectors":[{"op":"keccak256","msg":"","out":"00","comment":"wrong on purpose"}]}""");
        CliRun r = run("vectors", "verify", "--backend", "java", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("FAILED #0 keccak256 (wrong on purpose)"), r.out());
        assertTrue(r.out().endsWith("TOTAL: 0 passed, 1 failed, 0 skipped\n"), r.out());
        CliRun all = run("vectors", "verify", "--backend=java");
        assertEquals(0, all.code(), all.out() + all.err());
        assertTrue(all.out().matches("(?s).*TOTAL: [1-9][0-9]* passed, 0 failed, 0 skipped\n"), all.out());
        assertEquals(2, run("vectors", "verify", "--backend", "sideways").code());
        assertEquals(2, run("vectors").code());
    }
}
