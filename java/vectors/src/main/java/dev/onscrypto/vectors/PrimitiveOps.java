package dev.onscrypto.vectors;

import java.util.Arrays;
import java.util.Map;

import dev.onscrypto.primitives.Primitives;

/** Handlers for the primitive ops of FORMAT.md. */
final class PrimitiveOps {
    private static final byte[] EMPTY = new byte[0];

    private PrimitiveOps() {}

    /** A handler that needs only the primitives. */
    @FunctionalInterface
    private interface PrimitiveHandler {
        boolean accepts(VectorCase c, Primitives p, boolean checkOutputs);
    }

    private static OpHandler on(PrimitiveHandler h) {
        return (c, ons, check) -> h.accepts(c, ons.primitives(), check);
    }

    static Map<String, OpHandler> handlers() {
        return Map.of(
                "blake2b", on(PrimitiveOps::blake2b),
                "keccak256", on(PrimitiveOps::keccak256),
                "argon2id", on(PrimitiveOps::argon2id),
                "secretbox", on(PrimitiveOps::xsalsa20Poly1305),
                "xchacha20poly1305", on(PrimitiveOps::xchacha20poly1305),
                "ed25519_sign", on(PrimitiveOps::ed25519Sign),
                "ed25519_verify", on((c, p, check) -> p.ed25519().verify(c.bytes("sig"), c.bytes("msg"), c.bytes("pk"))),
                "keccak_schnorr_sign", on(PrimitiveOps::cryptoNoteSign),
                "keccak_schnorr_verify",
                on((c, p, check) -> p.cryptoNote().check(c.bytes("hash"), c.bytes("pub"), c.bytes("sig"))));
    }

    private static boolean blake2b(VectorCase c, Primitives p, boolean check) {
        byte[] out = p.blake2b().hash(c.bytes("msg"), c.bytes("key", EMPTY), (int) c.number("outlen"));
        if (check) {
            c.expectBytes("out", out);
        }
        return true;
    }

    private static boolean keccak256(VectorCase c, Primitives p, boolean check) {
        byte[] out = p.keccak256().hash(c.bytes("msg"));
        if (check) {
            c.expectBytes("out", out);
        }
        return true;
    }

    private static boolean argon2id(VectorCase c, Primitives p, boolean check) {
        byte[] out = p.argon2id().derive(c.bytes("password"), c.bytes("salt"), c.number("opslimit"),
                c.number("memlimit"), (int) c.number("outlen"));
        if (check) {
            c.expectBytes("out", out);
        }
        return true;
    }

    private static boolean xsalsa20Poly1305(VectorCase c, Primitives p, boolean check) {
        byte[] msg = c.bytes("msg");
        byte[] nonce = c.bytes("nonce");
        byte[] key = c.bytes("key");
        byte[] box = p.xsalsa20Poly1305().seal(msg, nonce, key);
        if (check) {
            c.expectBytes("ct", box);
            roundTrip(msg, p.xsalsa20Poly1305().open(box, nonce, key));
        }
        return true;
    }

    private static boolean xchacha20poly1305(VectorCase c, Primitives p, boolean check) {
        byte[] msg = c.bytes("msg");
        byte[] ad = c.bytes("ad", EMPTY);
        byte[] nonce = c.bytes("nonce");
        byte[] key = c.bytes("key");
        byte[] ct = p.xchacha20Poly1305().seal(msg, ad, nonce, key);
        if (check) {
            c.expectBytes("ct", ct);
            roundTrip(msg, p.xchacha20Poly1305().open(ct, ad, nonce, key));
        }
        return true;
    }

    private static boolean ed25519Sign(VectorCase c, Primitives p, boolean check) {
        byte[] seed = c.bytes("seed");
        byte[] msg = c.bytes("msg");
        byte[] pk = p.ed25519().publicKey(seed);
        byte[] sig = p.ed25519().sign(seed, msg);
        if (check) {
            c.expectBytes("pk", pk);
            c.expectBytes("sig", sig);
            if (!p.ed25519().verify(sig, msg, pk)) {
                throw new VectorCase.Mismatch("own signature does not verify");
            }
        }
        return true;
    }

    private static boolean cryptoNoteSign(VectorCase c, Primitives p, boolean check) {
        byte[] hash = c.bytes("hash");
        byte[] sec = c.bytes("sec");
        byte[] pub = p.cryptoNote().publicKey(sec);
        byte[] sig = p.cryptoNote().sign(hash, sec, c.bytes("k"));
        if (check) {
            c.expectBytes("pub", pub);
            c.expectBytes("sig", sig);
            if (!p.cryptoNote().check(hash, pub, sig)) {
                throw new VectorCase.Mismatch("own signature does not pass check_signature");
            }
        }
        return true;
    }

    private static void roundTrip(byte[] expected, byte[] opened) {
        if (!Arrays.equals(expected, opened)) {
            throw new VectorCase.Mismatch("decrypting the ciphertext did not give the message back");
        }
    }
}
