package dev.onscrypto.benchmarks;

import java.nio.ByteBuffer;
import java.util.function.UnaryOperator;

/**
 * The buffer-API variants: one output allocated at setup and reused, so a call allocates nothing.
 * {@code direct} copies the message into a direct buffer once and passes direct buffers (which reach
 * native code as they are); {@code ranges} passes the caller's arrays with offsets. The result array
 * returned to JMH is the reused output (or, for direct buffers, a view kept in sync only at setup: JMH
 * consumes the returned reference, which is enough to keep the call alive).
 */
final class Buffers {
    interface BufferCall {
        int apply(ByteBuffer in, ByteBuffer out);
    }

    interface RangeCall {
        int apply(byte[] in, byte[] out);
    }

    private Buffers() {}

    /** Direct buffers in and out; {@code outLength(inLength)} bytes of output. */
    static UnaryOperator<byte[]> direct(int maxIn, int maxOut, BufferCall call) {
        ByteBuffer in = ByteBuffer.allocateDirect(Math.max(maxIn, 1));
        ByteBuffer out = ByteBuffer.allocateDirect(Math.max(maxOut, 1));
        byte[][] lastLoaded = new byte[1][];
        byte[] token = new byte[0];
        return message -> {
            if (lastLoaded[0] != message) { // a new message: copied in once, outside the steady state
                in.clear().put(message).flip();
                lastLoaded[0] = message;
            }
            in.position(0).limit(message.length);
            out.clear();
            call.apply(in, out);
            return token;
        };
    }

    /** Array ranges into one reused output array. */
    static UnaryOperator<byte[]> ranges(int maxOut, RangeCall call) {
        byte[] out = new byte[maxOut];
        return message -> {
            call.apply(message, out);
            return out;
        };
    }
}
