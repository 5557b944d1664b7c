package dev.onscrypto.vectors;

import dev.onscrypto.primitives.BackendKind;

class NativeVectorsTest extends BundledVectorsTest {
    @Override
    BackendKind kind() {
        return BackendKind.NATIVE;
    }
}
