package dev.onscrypto.internal.ffm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.util.List;

/**
 * Every function of our C library ({@code native/include/onscrypto.h}) the native backend needs, declared
 * once: its symbol and signature. The loader refuses a library that lacks any of {@link #symbols()}, and
 * {@link OnsNative} binds its handles from these entries, so the two cannot drift apart.
 */
enum OnsFunction implements NativeFunction {
    /** {@code const char *ons_version(void)}: called by the loader's probe, not bound here. */
    VERSION("ons_version", FunctionDescriptor.of(ADDRESS)),
    /** {@code int ons_keccak256(unsigned char out[32], const unsigned char *in, size_t inlen)}. */
    KECCAK256("ons_keccak256", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG)),
    /** {@code size_t ons_keccak256_statebytes(void)}. */
    KECCAK256_STATEBYTES("ons_keccak256_statebytes", FunctionDescriptor.of(JAVA_LONG)),
    /** {@code int ons_keccak256_init(void *state)}. */
    KECCAK256_INIT("ons_keccak256_init", Shapes.IN),
    /** {@code int ons_keccak256_update(void *state, const unsigned char *in, size_t inlen)}. */
    KECCAK256_UPDATE("ons_keccak256_update", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG)),
    /** {@code int ons_keccak256_final(void *state, unsigned char out[32])}. */
    KECCAK256_FINAL("ons_keccak256_final", Shapes.OUT_IN),
    POINT_IS_VALID("ons_point_is_valid", Shapes.IN),
    POINT_ADD("ons_point_add", Shapes.OUT_IN_IN),
    SCALARMULT_BASE("ons_scalarmult_base", Shapes.OUT_IN),
    DOUBLE_SCALARMULT_BASE_VARTIME("ons_double_scalarmult_base_vartime", Shapes.OUT_IN_IN_IN),
    SCALAR_IS_CANONICAL("ons_scalar_is_canonical", Shapes.IN),
    SCALAR_REDUCE32("ons_scalar_reduce32", Shapes.OUT_IN),
    SCALAR_REDUCE64("ons_scalar_reduce64", Shapes.OUT_IN),
    SCALAR_ADD("ons_scalar_add", Shapes.OUT_IN_IN),
    SCALAR_MUL("ons_scalar_mul", Shapes.OUT_IN_IN),
    SCALAR_MULSUB("ons_scalar_mulsub", Shapes.OUT_IN_IN_IN);

    /** The fixed-size group and scalar functions: an int result and 32- or 64-byte buffers. */
    private static final class Shapes {
        static final FunctionDescriptor IN = FunctionDescriptor.of(JAVA_INT, ADDRESS);
        static final FunctionDescriptor OUT_IN = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS);
        static final FunctionDescriptor OUT_IN_IN = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS);
        static final FunctionDescriptor OUT_IN_IN_IN =
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
    }

    private final String symbol;
    private final FunctionDescriptor descriptor;

    OnsFunction(String symbol, FunctionDescriptor descriptor) {
        this.symbol = symbol;
        this.descriptor = descriptor;
    }

    @Override
    public String symbol() {
        return symbol;
    }

    @Override
    public FunctionDescriptor descriptor() {
        return descriptor;
    }

    /** Every symbol, for the loader's exported-symbol check. */
    static List<String> symbols() {
        return NativeFunction.symbols(values());
    }
}
