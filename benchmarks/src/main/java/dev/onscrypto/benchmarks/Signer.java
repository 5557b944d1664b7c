package dev.onscrypto.benchmarks;

/** Sign and verify with a fixed key pair bound in. */
interface Signer {
    byte[] sign(byte[] message);

    boolean verify(byte[] signature, byte[] message);
}
