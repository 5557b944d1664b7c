package dev.onscrypto.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import dev.onscrypto.BackendUnavailableException;

/**
 * Known answers a backend must reproduce before it is handed out (as lz4-java does): a backend that
 * loads but computes wrong results must never be used.
 */
final class SelfTest {
    private static final HexFormat HEX = HexFormat.of();

    private SelfTest() {}

    static Backend verified(Backend backend) {
        byte[] seed = new byte[32];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) i;
        }
        byte[] one = new byte[32];
        one[0] = 1;
        expect(backend, "BLAKE2b-256",
                backend.blake2b("jagerman".getBytes(StandardCharsets.US_ASCII), new byte[0], 32),
                "c81ee66e6daad4c69ccea35909882e1feef5cf98e8a0431e5c0d2c9dc7e78be8");
        expect(backend, "Keccak-256", backend.keccak256(new byte[0]),
                "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        expect(backend, "Ed25519 public key", backend.ed25519PublicKey(seed),
                "03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8");
        expect(backend, "ed25519 base point", backend.scalarMultBase(one),
                "5866666666666666666666666666666666666666666666666666666666666666");
        return backend;
    }

    private static void expect(Backend backend, String what, byte[] actual, String expectedHex) {
        if (!Arrays.equals(actual, HEX.parseHex(expectedHex))) {
            throw new BackendUnavailableException(backend.description() + " failed its self-test: " + what);
        }
    }
}
