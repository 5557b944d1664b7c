package dev.onscrypto.benchmarks;

/** Seal and open with a fixed key and nonce bound in, so every implementation is called the same way. */
interface Cipher {
    byte[] seal(byte[] message);

    byte[] open(byte[] sealed);
}
