package dev.onscrypto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.onscrypto.OnsCryptoException;
import dev.onscrypto.ons.UpdateSigningKey;

/**
 * The signing key file parser (package-private, hence this package): any bytes give a key or a
 * typed error whose message holds no stretch of the file's hex (a mistyped line may be a secret).
 */
class KeyFileFuzzTest {
    private static final Pattern HEX_RUN = Pattern.compile("(?i)[0-9a-f]{12,}");

    @FuzzTest(maxDuration = "10s")
    void keyFiles(FuzzedDataProvider d) {
        int[] subaddress = switch (d.consumeInt(0, 2)) {
            case 0 -> null;
            case 1 -> new int[] {0, 0};
            default -> new int[] {d.consumeInt(0, 3), d.consumeInt(0, 3)};
        };
        byte[] content = d.consumeRemainingAsBytes();
        String message;
        try (UpdateSigningKey key = KeyFile.read("-", new ByteArrayInputStream(content), subaddress)) {
            assertNotNull(key);
            return;
        } catch (CliException e) {
            assertEquals(ExitCodes.USAGE, e.exitCode(), e.getMessage());
            message = e.getMessage();
        } catch (OnsCryptoException e) {
            message = e.getMessage();
        }
        String text = new String(content, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String said = message == null ? "" : message.toLowerCase(Locale.ROOT);
        Matcher m = HEX_RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            for (int i = 0; i + 12 <= run.length(); i++) {
                if (said.contains(run.substring(i, i + 12))) {
                    fail("key file error quotes the file's hex: " + message);
                }
            }
        }
    }
}
