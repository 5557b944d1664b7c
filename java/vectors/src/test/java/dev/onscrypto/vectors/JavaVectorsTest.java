package dev.onscrypto.vectors;

import dev.onscrypto.primitives.BackendKind;

class JavaVectorsTest extends BundledVectorsTest {
    @Override
    BackendKind kind() {
        return BackendKind.JAVA;
    }
}
