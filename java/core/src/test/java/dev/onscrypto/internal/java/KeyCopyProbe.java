package dev.onscrypto.internal.java;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.primitives.Primitives;

/**
 * Child-JVM side of {@link KeyCopiesTest}: runs one keyed operation of the Java backend with a random
 * key, wipes its own copies, dumps the whole heap (unreachable objects included) and counts what is
 * left of the key there. The probe keeps the patterns only masked (XOR 0xA5), so its own search data
 * never matches. Prints {@code RESULT <copies found>}.
 */
public final class KeyCopyProbe {
    private static final int MASK = 0xA5;

    private KeyCopyProbe() {}

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        Primitives p = Primitives.of(BackendKind.JAVA);
        SecureRandom random = new SecureRandom();
        // SecureRandom keeps its last output in a buffer; a bijection of it gives a key found nowhere else.
        byte[] key = new byte[32];
        random.nextBytes(key);
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (key[i] * 7 + 0x3c + i);
        }
        byte[] nonce = new byte[24];
        random.nextBytes(nonce);
        byte[] message = new byte[40];
        byte[][] secrets;
        switch (args[0]) {
            case "xchacha20poly1305" -> {
                ChaCha20 stream = ChaCha20.xchacha(key, nonce);
                byte[] subkey = bytes(stream.state, 4, 8);
                byte[] macKey = bytes(stream.firstBlock(), 0, 8);
                stream.wipe();
                byte[] box = p.xchacha20Poly1305().seal(message, nonce, key);
                p.xchacha20Poly1305().open(box, nonce, key);
                box[0] ^= 1;
                try {
                    p.xchacha20Poly1305().open(box, nonce, key);
                } catch (RuntimeException expected) {
                    // a bad tag: the key must be gone on this path as well
                }
                secrets = new byte[][] {key, subkey, macKey};
            }
            case "secretbox" -> {
                Salsa20 stream = Salsa20.xsalsa(key, nonce);
                int[] s = stream.state;
                int[] words = {s[1], s[2], s[3], s[4], s[11], s[12], s[13], s[14]}; // HSalsa20's output
                byte[] subkey = bytes(words, 0, 8);
                Arrays.fill(words, 0);
                byte[] macKey = bytes(stream.firstBlock(), 0, 8);
                stream.wipe();
                byte[] box = p.xsalsa20Poly1305().seal(message, nonce, key);
                p.xsalsa20Poly1305().open(box, nonce, key);
                box[0] ^= 1;
                try {
                    p.xsalsa20Poly1305().open(box, nonce, key);
                } catch (RuntimeException expected) {
                    // a bad tag: the key must be gone on this path as well
                }
                secrets = new byte[][] {key, subkey, macKey};
            }
            case "blake2b" -> {
                p.blake2b().hash(message, key, 32);
                secrets = new byte[][] {key};
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        byte[][] masked = new byte[secrets.length * 2][];
        for (int i = 0; i < secrets.length; i++) {
            masked[2 * i] = mask(secrets[i]);
            byte[] swapped = swapWords(secrets[i]); // an int[] copy appears word-swapped in HPROF (big-endian)
            masked[2 * i + 1] = mask(swapped);
            Arrays.fill(swapped, (byte) 0);
            Arrays.fill(secrets[i], (byte) 0);
        }
        Path dump = Path.of(args[1]);
        dumpAllObjects(dump);
        byte[] heap = Files.readAllBytes(dump);
        Files.delete(dump);
        int found = 0;
        for (byte[] pattern : masked) {
            found += count(heap, pattern);
        }
        System.out.println("RESULT " + found);
    }

    /** HotSpotDiagnosticMXBean.dumpHeap(file, live = false), by reflection: the core module does not read java.management. */
    private static void dumpAllObjects(Path file) throws ReflectiveOperationException {
        Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
        Class<?> diagnostics = Class.forName("com.sun.management.HotSpotDiagnosticMXBean");
        Object bean = factory.getMethod("getPlatformMXBean", Class.class).invoke(null, diagnostics);
        diagnostics.getMethod("dumpHeap", String.class, boolean.class).invoke(bean, file.toString(), false);
    }

    /** {@code n} words of {@code w} from {@code from} on, as the little-endian bytes they stand for. */
    private static byte[] bytes(int[] w, int from, int n) {
        byte[] b = new byte[4 * n];
        for (int i = 0; i < n; i++) {
            KeystreamCipher.LE_INT.set(b, 4 * i, w[from + i]);
        }
        return b;
    }

    private static byte[] mask(byte[] b) {
        byte[] m = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            m[i] = (byte) (b[i] ^ MASK);
        }
        return m;
    }

    private static byte[] swapWords(byte[] b) {
        byte[] s = new byte[b.length];
        for (int i = 0; i < b.length; i += 4) {
            for (int j = 0; j < 4; j++) {
                s[i + j] = b[i + 3 - j];
            }
        }
        return s;
    }

    /** Occurrences of the unmasked pattern; 16 bytes are enough to rule out chance matches. */
    private static int count(byte[] heap, byte[] maskedPattern) {
        int n = 0;
        int len = 16;
        outer:
        for (int i = 0; i + len <= heap.length; i++) {
            for (int j = 0; j < len; j++) {
                if ((heap[i + j] ^ MASK) != (maskedPattern[j] & 0xff) && (byte) (heap[i + j] ^ MASK) != maskedPattern[j]) {
                    continue outer;
                }
            }
            n++;
        }
        return n;
    }
}
