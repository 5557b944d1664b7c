package dev.onscrypto.cli;

import static dev.onscrypto.cli.CliRun.run;
import static dev.onscrypto.cli.CliRun.runWithStdin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code tx-extra build|parse|check}, {@code expiry} and {@code burn} in-process: output and exit codes. */
class TxExtraCommandsTest {
    static final String SEED = CommandsTest.SEED;
    static final String PUB = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    static final String OTHER = "54249cb4fe1e5f0dbe23e3bd63651fc100784ad6641fbefbda678e7fe480a9ef";
    static final String TXID = CommandsTest.TXID;
    static final String LOKINET = "kcpyawm9se7trdbzncimdi5t7st4p5mh9i1mg7gkpuubi4k4ku1y.loki";
    static final String PUBKEY_FIELD = "01" + "77".repeat(32);
    static final String VALUE73 = "ab".repeat(73);

    @Test
    void everyNewCommandHasHelp() {
        for (String[] c : new String[][] {{"tx-extra"}, {"tx-extra", "build"}, {"tx-extra", "build", "buy"},
                {"tx-extra", "build", "update"}, {"tx-extra", "build", "renew"}, {"tx-extra", "parse"},
                {"tx-extra", "check"}, {"expiry"}, {"burn"}}) {
            String[] args = java.util.Arrays.copyOf(c, c.length + 1);
            args[c.length] = "--help";
            CliRun r = run(args);
            assertEquals(0, r.code(), String.join(" ", c));
            assertTrue(r.out().contains("Usage: ons " + String.join(" ", c)), r.out());
        }
    }

    @Test
    void buyBuildsParsesAndChecks() {
        CliRun b = run("tx-extra", "build", "buy", "--name", "blocks.loki", "--type", "lokinet_5y", "--value", LOKINET,
                "--owner", PUB, "--backup-owner", OTHER);
        assertEquals(0, b.code(), b.err());
        assertEquals("28000000000", b.field("burn"));
        String ons = b.field("ons_field");
        assertTrue(ons.startsWith("7a0004"), ons);
        assertEquals(ons + "79" + "0018ee8406000000", b.field("extra"), "the ONS field then the burn field (8 bytes LE)");
        String extra = PUBKEY_FIELD + b.field("extra");

        CliRun p = run("tx-extra", "parse", extra);
        assertEquals(0, p.code(), p.err());
        assertEquals("3", p.field("fields"));
        assertEquals("ons", p.field("field1"));
        assertEquals("burn 28000000000", p.field("field2"));
        assertEquals("lokinet_5years", p.field("ons_type"));
        assertEquals("0x0b", p.field("ons_fields"));
        assertEquals("buy", p.field("ons_kind"));
        assertEquals(PUB, p.field("ons_owner"));
        assertEquals(OTHER, p.field("ons_backup_owner"));

        CliRun c = run("tx-extra", "check", extra, "--height", "2000000");
        assertEquals(0, c.code(), c.out() + c.err());
        assertEquals("ok", c.field("rule"));
        // at HF15 lokinet names did not exist yet
        CliRun old = run("tx-extra", "check", extra, "--height", "500000", "--hf", "15");
        assertEquals(1, old.code());
        assertEquals("type_not_allowed", old.field("rule"));
        // an active record of the name blocks the buy
        CliRun taken = run("tx-extra", "check", extra, "--height", "2000000", "--record-owner", OTHER, "--record-txid", TXID,
                "--record-value", "cd".repeat(72), "--record-expiration", "2000000");
        assertEquals(1, taken.code());
        assertEquals("already_registered", taken.field("rule"));
    }

    @Test
    void sessionBuyReportsTheSharedNameRuleAsNotChecked() {
        CliRun b = run("tx-extra", "build", "buy", "--name", "alice", "--type", "session", "--value", CommandsTest.SESSION_ID,
                "--owner", CommandsTest.ADDRESS, "--json");
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("\"burn\" : 7000000000"), b.out());
        CliRun c = run("tx-extra", "check", PUBKEY_FIELD + b.out().replaceAll("(?s).*\"extra\" : \"([0-9a-f]+)\".*", "$1"),
                "--height", "2000000");
        assertEquals(0, c.code(), c.out() + c.err());
        assertEquals("cross_type_owner", c.field("not_checked"));
    }

    @Test
    void updateSignedHereVerifiesAgainstTheRecordOwnerOnly() {
        CliRun u = runWithStdin("ed25519=" + SEED + "\n", "tx-extra", "build", "update", "--name", "alice", "--type", "session",
                "--prev-txid", TXID, "--owner", OTHER, "--key-file", "-");
        assertEquals(0, u.code(), u.err());
        assertEquals("0", u.field("burn"));
        assertEquals(u.field("ons_field"), u.field("extra"), "an update burns nothing and has no burn field");
        String extra = PUBKEY_FIELD + u.field("extra");
        CliRun ok = run("tx-extra", "check", extra, "--height", "2000000", "--record-owner", PUB, "--record-txid", TXID,
                "--record-value", VALUE73);
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertEquals(PUB, ok.field("signer"));
        assertEquals(u.field("hash"), ok.field("sig_hash"));
        CliRun wrong = run("tx-extra", "check", extra, "--height", "2000000", "--record-owner", OTHER, "--record-txid", TXID,
                "--record-value", VALUE73);
        assertEquals(1, wrong.code());
        assertEquals("same_value", wrong.field("rule"), "the new owner equals this record's owner");
        CliRun notOwner = run("tx-extra", "check", extra, "--height", "2000000", "--record-owner", "11".repeat(32),
                "--record-txid", TXID, "--record-value", VALUE73);
        assertEquals(1, notOwner.code());
        assertEquals("signature", notOwner.field("rule"));
        assertEquals("record_missing", run("tx-extra", "check", extra, "--height", "2000000").field("rule"));
    }

    @Test
    void updateWithAnExternalSignature() {
        CliRun signed = runWithStdin("ed25519=" + SEED + "\n", "sign-update", "--name", "alice", "--type", "session",
                "--prev-txid", TXID, "--owner", OTHER, "--key-file", "-");
        assertEquals(0, signed.code(), signed.err());
        CliRun u = run("tx-extra", "build", "update", "--name", "alice", "--type", "session", "--prev-txid", TXID,
                "--owner", OTHER, "--signature", signed.field("signature"), "--sig-type", "ed25519");
        assertEquals(0, u.code(), u.err());
        CliRun ok = run("tx-extra", "check", u.field("extra"), "--height", "1", "--record-owner", PUB, "--record-txid", TXID,
                "--record-value", VALUE73);
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertEquals(2, run("tx-extra", "build", "update", "--name", "alice", "--type", "session", "--prev-txid", TXID,
                "--owner", OTHER, "--signature", signed.field("signature")).code(), "needs --sig-type");
    }

    @Test
    void renewExtendsLokinetOnly() {
        CliRun r = run("tx-extra", "build", "renew", "--name", "blocks.loki", "--type", "lokinet_10y", "--prev-txid", TXID, "--hf", "18");
        assertEquals(0, r.code(), r.err());
        assertEquals("42000000000", r.field("burn"));
        CliRun c = run("tx-extra", "check", r.field("extra"), "--height", "2000000", "--hf", "18", "--record-owner", OTHER,
                "--record-txid", TXID, "--record-value", "cd".repeat(72), "--record-expiration", "2000001");
        assertEquals(0, c.code(), c.out() + c.err());
        CliRun expired = run("tx-extra", "check", r.field("extra"), "--height", "2000002", "--hf", "18", "--record-owner", OTHER,
                "--record-txid", TXID, "--record-value", "cd".repeat(72), "--record-expiration", "2000001");
        assertEquals("record_expired", expired.field("rule"));
        CliRun session = run("tx-extra", "build", "renew", "--name", "alice", "--type", "session", "--prev-txid", TXID);
        assertEquals(2, session.code());
        assertTrue(session.oneErrorLine(), session.err());
    }

    @Test
    void parseFailuresAreRuleParseAndExitOne() {
        CliRun c = run("tx-extra", "check", PUBKEY_FIELD + "ff", "--height", "1");
        assertEquals(1, c.code());
        assertEquals("parse", c.field("rule"));
        CliRun p = run("tx-extra", "parse", PUBKEY_FIELD + "ff");
        assertEquals(1, p.code());
        assertTrue(p.oneErrorLine(), p.err());
        assertEquals("parse", run("tx-extra", "check", PUBKEY_FIELD, "--height", "1").field("rule"), "no ONS field");
        CliRun bad = run("tx-extra", "check", "zz", "--height", "1");
        assertEquals(2, bad.code());
        assertTrue(bad.oneErrorLine(), bad.err());
        assertEquals(2, run("tx-extra").code());
        assertEquals(2, run("tx-extra", "check", PUBKEY_FIELD).code(), "--height is required");
    }

    @Test
    void expiryAndBurn() {
        CliRun e = run("expiry", "--type", "lokinet_2y", "--height", "1000");
        assertEquals(0, e.code(), e.err());
        assertEquals("529920", e.field("blocks"));
        assertEquals("530920", e.field("expiration_height"));
        assertEquals("720", run("expiry", "--type", "lokinet", "--height", "0", "--network", "testnet").field("blocks"));
        assertEquals("20", run("expiry", "--type", "lokinet_10y", "--height", "0", "--network", "fakechain").field("blocks"));
        assertEquals("6359040", run("expiry", "--type", "lokinet", "--height", "0", "--network", "localdev").field("blocks"));
        assertEquals("never", run("expiry", "--type", "session", "--height", "5").field("expiration_height"));
        assertEquals(2, run("expiry", "--type", "lokinet", "--height", "1", "--network", "regtest").code());

        assertEquals("7000000000", run("burn", "--type", "session").field("burn"));
        assertEquals("20000000000", run("burn", "--type", "session", "--hf", "15").field("burn"));
        assertEquals("60.000000000", run("burn", "--type", "lokinet_5y", "--hf", "17").field("burn_oxen"));
        assertEquals("0", run("burn", "--type", "lokinet_5y", "--tx", "update").field("burn"));
        CliRun bad = run("burn", "--type", "nonsense");
        assertEquals(2, bad.code());
        assertFalse(bad.out().contains("burn="));
    }
}
