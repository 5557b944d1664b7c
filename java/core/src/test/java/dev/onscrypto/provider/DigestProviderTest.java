package dev.onscrypto.provider;

import static dev.onscrypto.testing.BothBackends.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import dev.onscrypto.primitives.BackendKind;
import dev.onscrypto.testing.BothBackends;

/** MessageDigest BLAKE2B-256 / BLAKE2B-512 / KECCAK-256 against vectors from primitives.json. */
class DigestProviderTest {

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void blake2b256KnownAnswers(BackendKind kind) throws Exception {
        MessageDigest md = MessageDigest.getInstance("BLAKE2B-256", BothBackends.provider(kind));
        assertEquals(32, md.getDigestLength());
        assertArrayEquals(hex("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"), md.digest());
        // The ONS name hash of "blocks.loki".
        assertArrayEquals(hex("21eca71448f2c6281dd0b726a3915661a1a9fee557b1ae60acaf099a5d1a8b7a"),
                md.digest("blocks.loki".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(hex("c6d59b5113cd8f26d1b84c3d06b8844ac1ddf354c1f39477fef241a8de56c2ab"),
                md.digest(hex("955da822de234991dd6ed1435879741a01518f59e774ff601df8e6b2f23bbff8")));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void blake2b512KnownAnswer(BackendKind kind) throws Exception {
        MessageDigest md = MessageDigest.getInstance("BLAKE2B-512", BothBackends.provider(kind));
        assertEquals(64, md.getDigestLength());
        assertArrayEquals(hex("f4cb1d2ecfae9a7caaa29665200c35e36e2c07c3bc6fdf1cc698e707decf8322"
                + "6b3217df5ad2781ede0781864d0bf63b88b39cc31dbd0f56fdf5e2c182816358"),
                md.digest(hex("911e65037aa6dc3c3edf5f9d4db911bf136cee24b1d1ed5b6506389c2a525bbec0da9b498a53d4e4"
                        + "671456319766e610cd3acb37ac96b0bb4c2682d7345e9a00483ddd86ad81e4e8a3ee2cbc0864f926817b"
                        + "38f8ea41cf58772427f166afd2ac528cd7399799a2f8433a03d0b255aa9605b207230af0e6d9a429aefe"
                        + "ba964645")));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void keccak256IsCryptoNoteKeccakNotSha3(BackendKind kind) throws Exception {
        MessageDigest md = MessageDigest.getInstance("KECCAK-256", BothBackends.provider(kind));
        assertArrayEquals(hex("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"), md.digest());
        byte[] message = hex("3212bc9acb1f3595d30d3e252a15f4770b68544d9ae68e483ae53195b04278a7d36766067dea5c27bfa08c3e"
                + "05e6588bb5a2d7915f2ed6b872a357114948d8816e9e69bfdfb1b0d3db6e1cd95932b49d1b0110d49cb042cf59d33"
                + "8154a1a03904496989e43b2f1191ba35e88929af53b981be835fb8f7fc00b067a4960aa2a953fd1368c4af4ce");
        assertEquals(135, message.length);
        assertArrayEquals(hex("4fdb7a4f7469312110168c1890a1cad607f2b28f72873979de1f99f9daac6692"), md.digest(message));
    }

    @ParameterizedTest
    @ArgumentsSource(BothBackends.class)
    void incrementalUpdatesResetAndCloneAgreeWithOneShot(BackendKind kind) throws Exception {
        MessageDigest md = MessageDigest.getInstance("BLAKE2B-256", BothBackends.provider(kind));
        byte[] name = "blocks.loki".getBytes(StandardCharsets.US_ASCII);
        byte[] expected = hex("21eca71448f2c6281dd0b726a3915661a1a9fee557b1ae60acaf099a5d1a8b7a");

        md.update((byte) 'x');
        md.reset();
        md.update(name, 0, 6);
        MessageDigest copy = (MessageDigest) md.clone();
        md.update(name[6]);
        md.update(name, 7, name.length - 7);
        assertArrayEquals(expected, md.digest());

        copy.update(name, 6, name.length - 6);
        assertArrayEquals(expected, copy.digest());
        // digest() resets: the next digest is of the empty message.
        assertArrayEquals(hex("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"), md.digest());
    }
}
