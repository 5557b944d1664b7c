package dev.onscrypto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code encrypt --legacy} makes Session records only; lokinet and wallet are refused in one line, exit 2. */
class LegacyEncryptCommandTest {
    @Test
    void legacyLokinetAndWalletAreRefused() {
        CliRun lokinet = CliRun.run("encrypt", "--backend", "java", "--legacy", "--type", "lokinet", "--name", "blocks.loki",
                "kcpyawm9se7trdbzncimdi5t7st4p5mh9i1mg7gkpuubi4k4ku1y.loki");
        assertEquals(2, lokinet.code(), lokinet.err());
        assertTrue(lokinet.oneErrorLine() && lokinet.err().contains("Session"), lokinet.err());
        assertEquals("", lokinet.out());
        CliRun wallet = CliRun.run("encrypt", "--backend", "java", "--legacy", "--type", "wallet", "--name", "jagerman",
                "LE59icbdt38SEUb2p9moeBEXYM9YShxBU1Txuk1R9DtmbAbwKDXc4vcKgycgXi6VzAVVKeeSSePgicPEZ27pq4xH7to6JkQ");
        assertEquals(2, wallet.code(), wallet.err());
        assertTrue(wallet.oneErrorLine() && wallet.err().contains("Session"), wallet.err());
    }

    @Test
    void helpSaysSessionOnly() {
        CliRun help = CliRun.run("encrypt", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().replaceAll("\\s+", " ").contains("for --type session only"), help.out());
    }
}
