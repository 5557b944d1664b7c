package dev.onscrypto.node;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body of at most {@code cap} bytes, asking for one buffer list at a time so the
 * HTTP client never reads far ahead. Past the cap it cancels the subscription (which closes the
 * connection) and fails with {@link TooLargeException}; {@link #abort} does the same at a deadline.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream collected = new ByteArrayOutputStream();
    private Flow.Subscription subscription;   // guarded by this
    private boolean done;                      // guarded by this
    private long received;

    BoundedBodySubscriber(long cap, long declaredLength) {
        this.cap = cap;
        if (declaredLength > cap) {
            fail(new TooLargeException("node declared a " + declaredLength + "-byte body, over the " + cap + "-byte cap"));
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        boolean cancel;
        synchronized (this) {
            if (subscription != null) {
                cancel = true;   // the Flow rules: a second subscription is refused
            } else {
                subscription = s;
                cancel = done;
            }
        }
        if (cancel) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        Flow.Subscription s;
        synchronized (this) {
            if (done) {
                return;
            }
            s = subscription;
            for (ByteBuffer b : buffers) {
                received += b.remaining();
                if (received > cap) {
                    done = true;
                    collected.reset();
                    break;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                collected.writeBytes(chunk);
            }
        }
        if (received > cap) {
            s.cancel();
            body.completeExceptionally(new TooLargeException("node sent more than the " + cap + "-byte cap"));
        } else {
            s.request(1);
        }
    }

    @Override
    public void onError(Throwable t) {
        synchronized (this) {
            done = true;
        }
        body.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        byte[] bytes;
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            bytes = collected.toByteArray();
        }
        body.complete(bytes);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    /** Stops reading (deadline, caller cancelled): cancels the subscription and fails the body. */
    void abort(Throwable cause) {
        fail(cause);
    }

    private void fail(Throwable cause) {
        Flow.Subscription s;
        synchronized (this) {
            done = true;
            collected.reset();
            s = subscription;
        }
        if (s != null) {
            s.cancel();
        }
        body.completeExceptionally(cause);
    }

    /** The body went over the cap. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }
}
