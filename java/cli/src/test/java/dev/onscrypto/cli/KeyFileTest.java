package dev.onscrypto.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.onscrypto.ons.Ons;
import dev.onscrypto.ons.UpdateSigningKey;
import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/** Key files are parsed from bytes, wiped on every path, may start with a UTF-8 BOM, and errors never echo them. */
class KeyFileTest {
    private static final String SEED = CommandsTest.SEED;
    private static final String SPEND = "0b19bb918941e5b091d9a28dd1a8b23bc972bddceecb1943af4740354de1a106";
    private static final Ons ONS = Ons.of(Primitives.of(BackendKind.JAVA));

    private static byte[] publicKeyOf(String file) {
        byte[] raw = file.getBytes(StandardCharsets.UTF_8);
        try (UpdateSigningKey key = KeyFile.fromBytes(raw, raw.length, null)) {
            return ONS.updates().publicKey(key);
        }
    }

    @Test
    void acceptedLayouts() {
        byte[] expected;
        try (UpdateSigningKey key = UpdateSigningKey.ed25519(HexFormat.of().parseHex(SEED))) {
            expected = ONS.updates().publicKey(key);
        }
        for (String file : List.of("ed25519=" + SEED, "ed25519=" + SEED + "\n", "\uFEFFed25519=" + SEED + "\n",
                "\r\n  ed25519 = " + SEED.substring(0, 30) + " " + SEED.substring(30) + "\t\r\n\r\n",
                "\n\ned25519=" + SEED.toUpperCase() + "\r", "\uFEFF\ted25519=" + SEED)) {
            assertArrayEquals(expected, publicKeyOf(file), file.replace(SEED, "<seed>"));
        }
        assertEquals(32, publicKeyOf("spend=" + SPEND + "\nview=" + SPEND + "\n").length);
    }

    @Test
    void theBytesAreWipedOnSuccessAndOnError() {
        for (String file : List.of("ed25519=" + SEED + "\n", "\uFEFFspend=" + SPEND + "\nview=" + SPEND,
                "ed25519=" + SEED + "\nspend=" + SPEND, "ed25519=" + SEED.substring(2) + "zz",
                "ed25519=" + SEED + "\ned25519=" + SEED, "bogus=" + SEED, SEED, "spend=" + SPEND + "\nview=" + SPEND.substring(1))) {
            byte[] raw = (file + "\n\n").getBytes(StandardCharsets.UTF_8);
            int length = raw.length - 2; // what follows length must be wiped too
            try {
                KeyFile.fromBytes(raw, length, null).close();
            } catch (CliException expected) {
                assertEquals(ExitCodes.USAGE, expected.exitCode());
            }
            assertArrayEquals(new byte[raw.length], raw, "wiped: " + file.replace(SEED, "<seed>"));
        }
    }

    @Test
    void errorsNeverEchoKeyMaterial() {
        List<String> bad = List.of(SEED, "ed25519:" + SEED, SEED + "=" + SEED, "ed25519=" + SEED + "0",
                "ed25519=" + SEED.substring(0, 62) + "zz", "ed25519=" + SEED + "\ned25519=" + SEED,
                "ed25519=" + SEED + "\nview=" + SEED, "view=" + SEED, "x" + SEED.substring(8) + "=" + SEED,
                "ed25519=\u00e9" + SEED.substring(1));
        for (String file : bad) {
            byte[] raw = file.getBytes(StandardCharsets.UTF_8);
            CliException e = assertThrows(CliException.class, () -> KeyFile.fromBytes(raw, raw.length, null), file);
            for (int i = 0; i + 8 <= SEED.length(); i++) {
                String piece = SEED.substring(i, i + 8);
                assertFalse(e.getMessage().toLowerCase().contains(piece), e.getMessage());
            }
        }
    }

    @Test
    void oversizedFilesAreRefused(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big");
        Files.write(big, new byte[KeyFile.MAX_BYTES + 1]);
        CliException e = assertThrows(CliException.class, () -> KeyFile.read(big.toString(), null, null));
        assertEquals(ExitCodes.USAGE, e.exitCode());
        ByteArrayOutputStream padded = new ByteArrayOutputStream();
        padded.write(("ed25519=" + SEED + "\n").getBytes(StandardCharsets.UTF_8));
        padded.write(new byte[KeyFile.MAX_BYTES]);
        assertThrows(CliException.class,
                () -> KeyFile.read("-", new ByteArrayInputStream(padded.toByteArray()), null));
        Path bom = dir.resolve("bom");
        Files.write(bom, ("\uFEFFed25519=" + SEED + "\n").getBytes(StandardCharsets.UTF_8));
        try (UpdateSigningKey key = KeyFile.read(bom.toString(), null, null)) {
            assertEquals(32, ONS.updates().publicKey(key).length);
        }
    }
}
