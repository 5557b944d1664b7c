package dev.onscrypto.vectors;

import dev.onscrypto.ons.Ons;

/** Runs one kind of case ({@code op}) against a backend (the ONS layer over its primitives). */
@FunctionalInterface
interface OpHandler {
    /**
     * Runs the case and returns whether the backend accepted it: the verdict of a verify op, or
     * {@code true} for a computation that completed. A rejection may also be thrown as an
     * {@link dev.onscrypto.OnsCryptoException}. When {@code checkOutputs} is set, expected outputs are
     * compared and a difference is thrown as {@link VectorCase.Mismatch}.
     */
    boolean accepts(VectorCase c, Ons ons, boolean checkOutputs);
}
