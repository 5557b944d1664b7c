package dev.onscrypto.primitives;

import java.util.Arrays;
import java.util.HexFormat;

import dev.onscrypto.BackendUnavailableException;
import dev.onscrypto.internal.Backend;

/**
 * Known answers a backend must reproduce before it is handed out (as lz4-java does): a backend that
 * loads but computes wrong results must never be used. One answer per operation family — hashing, each
 * AEAD (and its refusal of a tampered box), Ed25519 sign and verify (and its refusal of a tampered
 * signature), point arithmetic and scalar arithmetic — so a broken binding of any family is caught at
 * load time, not by a user. Argon2id is left out: even its smallest run costs more than all the rest.
 *
 * <p>The AEAD and Ed25519 answers are libsodium 1.0.18's outputs (the same cases as the bundled
 * {@code primitives.json}); 2B and 3B are the standard ed25519 base point multiples; the scalar answer
 * is (c − a·b) mod l computed independently with arbitrary-precision integers.
 */
final class SelfTest {
    private static final HexFormat HEX = HexFormat.of();

    private SelfTest() {}

    static Backend verified(Backend backend) {
        hashes(backend);
        secretbox(backend);
        xchacha20poly1305(backend);
        ed25519(backend);
        group(backend);
        scalars(backend);
        return backend;
    }

    private static void hashes(Backend backend) {
        expect(backend, "BLAKE2b-256", backend.blake2b(hex("626c6f636b732e6c6f6b69"), new byte[0], 32), // "blocks.loki"
                "21eca71448f2c6281dd0b726a3915661a1a9fee557b1ae60acaf099a5d1a8b7a");
        expect(backend, "Keccak-256", backend.keccak256(new byte[0]),
                "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    }

    private static void secretbox(Backend backend) {
        byte[] key = hex("d8c9023cbaae680675ec937d1826c1eed77920ddbe58f6c757acdf60b9f00cb0");
        byte[] nonce = hex("e3e8f058ec22110679c5d97e9bd838a4771dbde9861da04a");
        byte[] message = hex("e9e140eb2b7831b163e8f8aedc8dc3bf29e4219631a24df255673248521557bf2b");
        String box = "79c13dcf4934dff33f5bf26945449df17fad02e40718d4e28e236ed3b926805a2436eade57ef7af298c912dcc84d7219b1";
        expect(backend, "XSalsa20-Poly1305 seal", backend.secretboxSeal(message, nonce, key), box);
        expect(backend, "XSalsa20-Poly1305 open", backend.secretboxOpen(hex(box), nonce, key), HEX.formatHex(message));
        expectTrue(backend, "XSalsa20-Poly1305 tamper check", backend.secretboxOpen(tampered(hex(box)), nonce, key) == null);
    }

    private static void xchacha20poly1305(Backend backend) {
        byte[] key = hex("a14292ca0b7f0d4f6e0f5c7bf14be19ecc79df9cbff9765c6e844cfd98b53416");
        byte[] nonce = hex("50d746997dd0c9056e99c8767793372f0f5deb2a33d5f299");
        byte[] message = hex("bcdac7ee8c92d57fd36c6ee89618c0e45a2f630834b447f609bd7e267cc7ff68");
        byte[] ad = hex("1f");
        String sealed = "2c91d44504e4f64df5c0ff9823544df1c869ab08047764d45a6cdb98c1c9c11d04d4c6f25b7c670c0b60f44a79165fa1";
        expect(backend, "XChaCha20-Poly1305 seal", backend.xchacha20poly1305Seal(message, ad, nonce, key), sealed);
        expect(backend, "XChaCha20-Poly1305 open", backend.xchacha20poly1305Open(hex(sealed), ad, nonce, key),
                HEX.formatHex(message));
        expectTrue(backend, "XChaCha20-Poly1305 tamper check",
                backend.xchacha20poly1305Open(tampered(hex(sealed)), ad, nonce, key) == null);
    }

    private static void ed25519(Backend backend) {
        byte[] seed = hex("122220ca12305a8248e12d59dc2ece0ed0e1c554db5187e57326c1b52ab0e1a2");
        byte[] message = hex("bbf8e7470bb91686e8e3b97daff468d81bd3f51de369b7f17289a9413c463f6b");
        String publicKey = "c55fa0ef894849634fec5f10dd3719dcfb00581313705fd420314a8f5840990f";
        String signature = "eb4914b189d2b6037a8490fa60f950a2b4464df866fc4d4e28c0c93a843e0b5a"
                + "b166ecf1f670185c63a42e8f8762968fc3ba05648494042fd3e7f47658fb1400";
        expect(backend, "Ed25519 public key", backend.ed25519PublicKey(seed), publicKey);
        expect(backend, "Ed25519 sign", backend.ed25519Sign(seed, message), signature);
        expectTrue(backend, "Ed25519 verify", backend.ed25519Verify(hex(signature), message, hex(publicKey)));
        expectTrue(backend, "Ed25519 tamper check",
                !backend.ed25519Verify(tampered(hex(signature)), message, hex(publicKey)));
    }

    private static void group(Backend backend) {
        String base = "5866666666666666666666666666666666666666666666666666666666666666";
        String twice = "c9a3f86aae465f0e56513864510f3997561fa2c9e85ea21dc2292309f3cd6022";
        byte[] one = new byte[32];
        one[0] = 1;
        expect(backend, "ed25519 base point", backend.scalarMultBase(one), base);
        expect(backend, "point add", backend.pointAdd(hex(twice), hex(base)),
                "d4b4f5784868c3020403246717ec169ff79e26608ea126a1ab69ee77d1b16712");
    }

    private static void scalars(Backend backend) {
        byte[] a = hex("3afd14ae2bd2876a2f9b73923fa351d0b48bd047905872cd79fb1a53bbf9ef0e");
        byte[] b = hex("90a30b21ce307626546f24e0a5512fe2f89f275cf0f21d4e0dcd0002f67c2a04");
        byte[] c = hex("cb7f34569bcba76bd7fdc8f7754658cbfad02961bcbea1cee16aea2a61aefd05");
        expect(backend, "scalar mulsub", backend.scalarMulSub(a, b, c),
                "209715893964928307c4e55fafbb74ac8f6f5e2ef1ddd1c491695932bf047b0d");
    }

    private static byte[] hex(String text) {
        return HEX.parseHex(text);
    }

    /** A copy with one bit of the first byte flipped. */
    private static byte[] tampered(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[0] ^= 1;
        return copy;
    }

    private static void expect(Backend backend, String what, byte[] actual, String expectedHex) {
        expectTrue(backend, what, Arrays.equals(actual, hex(expectedHex)));
    }

    private static void expectTrue(Backend backend, String what, boolean passed) {
        if (!passed) {
            throw new BackendUnavailableException(backend.description() + " failed its self-test: " + what);
        }
    }
}
