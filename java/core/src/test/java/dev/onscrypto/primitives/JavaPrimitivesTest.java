package dev.onscrypto.primitives;

/** The contract on the pure-Java backend. */
class JavaPrimitivesTest extends PrimitivesContractTest {
    @Override
    Primitives primitives() {
        return Primitives.of(BackendKind.JAVA);
    }
}
