package dev.onscrypto.primitives;

import dev.onscrypto.testing.BothBackends;

/** The contract on the native backend (fails where native is required but does not load). */
class NativePrimitivesTest extends PrimitivesContractTest {
    @Override
    Primitives primitives() {
        return BothBackends.nativeOrAbort();
    }
}
