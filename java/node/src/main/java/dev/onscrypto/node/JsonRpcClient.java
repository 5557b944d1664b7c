package dev.onscrypto.node;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.onscrypto.InvalidInputException;
import dev.onscrypto.node.NodeFailedException.Failure;

/**
 * Bounded JSON-RPC 2.0 calls to one oxend endpoint ({@code POST /json_rpc}): any method, any params.
 * Every call has one deadline covering connect, headers, body and an authentication round trip; the
 * body is capped; redirects are refused; the answer must be a JSON object with a {@code result}
 * object. Every failure is a {@link NodeFailedException}. Thread-safe.
 */
public final class JsonRpcClient implements AutoCloseable {
    /** Shared, thread-safe; duplicate keys are refused so an answer cannot mean two things. */
    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final NodeUrl url;
    private final RequestLimits limits;
    private final HttpTransport transport;
    private final boolean ownsTransport;
    private volatile HttpAuth auth;   // the last challenge answered; reused with the next nonce count

    JsonRpcClient(NodeUrl url, RequestLimits limits, HttpTransport transport, boolean ownsTransport) {
        this.url = url;
        this.limits = limits;
        this.transport = transport;
        this.ownsTransport = ownsTransport;
    }

    /** A client of one node with its own HTTP client; close it when done. */
    public static JsonRpcClient open(NodeUrl url, RequestLimits limits) {
        if (url == null || limits == null) {
            throw new InvalidInputException("node URL and limits must not be null");
        }
        return new JsonRpcClient(url, limits, new HttpTransport(limits.timeout()), true);
    }

    public NodeUrl url() {
        return url;
    }

    public RequestLimits limits() {
        return limits;
    }

    /**
     * Calls {@code method} and returns its {@code result} object.
     *
     * @throws NodeFailedException for every failure of the node or the transport
     */
    public JsonNode call(String method, JsonNode params) {
        return join(callAsync(method, params));
    }

    /** {@link #call} without blocking; the future fails with a {@link NodeFailedException}. */
    public CompletableFuture<JsonNode> callAsync(String method, JsonNode params) {
        if (method == null || method.isEmpty()) {
            throw new InvalidInputException("method must not be empty");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("jsonrpc", "2.0");
        body.put("id", "0");
        body.put("method", method);
        body.set("params", params == null ? JSON.createObjectNode() : params);
        byte[] payload;
        try {
            payload = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("params cannot be written as JSON");
        }
        return new Exchange(payload).start();
    }

    /** Waits for {@code future} and rethrows its failure as thrown by the library. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedLookupException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }

    private NodeFailedException failed(Failure f, String message) {
        return new NodeFailedException(url.toString(), f, message);
    }

    static String seconds(java.time.Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }

    /** One call: its deadline, the request in flight and the body being read. */
    private final class Exchange {
        private final byte[] payload;
        private final CompletableFuture<JsonNode> result = new CompletableFuture<>();
        private final long deadline = System.nanoTime() + limits.timeout().toNanos();
        private volatile CompletableFuture<HttpResponse<byte[]>> inFlight;
        private volatile BoundedBodySubscriber body;

        Exchange(byte[] payload) {
            this.payload = payload;
        }

        CompletableFuture<JsonNode> start() {
            ScheduledFuture<?> t = transport.timer.schedule(this::expire, limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
            result.whenComplete((r, e) -> {
                t.cancel(false);
                stopReading(new CancellationException("done"));
            });
            HttpAuth cached = url.credentials().isPresent() ? auth : null;
            send(cached, cached == null ? 0 : 1, false);
            return result;
        }

        private void expire() {
            NodeFailedException e = failed(Failure.TIMEOUT, "no complete answer within " + seconds(limits.timeout()));
            result.completeExceptionally(e);
        }

        private void stopReading(Throwable cause) {
            BoundedBodySubscriber b = body;
            if (b != null) {
                b.abort(cause);
            }
            CompletableFuture<HttpResponse<byte[]>> f = inFlight;
            if (f != null) {
                f.cancel(true);
            }
        }

        /** {@code authTries}: authenticated attempts so far, this one included; {@code fresh}: its challenge came in this call. */
        private void send(HttpAuth with, int authTries, boolean fresh) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                expire();
                return;
            }
            HttpRequest.Builder rb = HttpRequest.newBuilder(url.endpoint())
                    .timeout(java.time.Duration.ofNanos(remaining))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(payload));
            if (with != null) {
                String target = url.endpoint().getRawPath()
                        + (url.endpoint().getRawQuery() == null ? "" : "?" + url.endpoint().getRawQuery());
                rb.header("Authorization", with.authorization(url.credentials().orElseThrow(), "POST", target));
            }
            CompletableFuture<HttpResponse<byte[]>> f;
            try {
                f = transport.http.sendAsync(rb.build(), info -> {
                    BoundedBodySubscriber s = new BoundedBodySubscriber(limits.maxBodyBytes(),
                            info.headers().firstValueAsLong("Content-Length").orElse(-1));
                    body = s;
                    if (result.isDone()) {
                        s.abort(new CancellationException("done"));
                    }
                    return s;
                });
            } catch (RuntimeException e) {   // e.g. the client was closed
                result.completeExceptionally(failed(Failure.UNREACHABLE, "request could not be sent ("
                        + e.getClass().getSimpleName() + ")"));
                return;
            }
            inFlight = f;
            if (result.isDone()) {
                f.cancel(true);
            }
            f.whenComplete((response, error) -> {
                if (result.isDone()) {
                    return;
                }
                try {
                    if (error != null) {
                        result.completeExceptionally(transportFailure(error));
                    } else {
                        answered(response, authTries, fresh);
                    }
                } catch (RuntimeException e) {
                    result.completeExceptionally(failed(Failure.MALFORMED, "answer could not be read ("
                            + e.getClass().getSimpleName() + ")"));
                }
            });
        }

        private void answered(HttpResponse<byte[]> response, int authTries, boolean fresh) {
            int status = response.statusCode();
            if (status == 401) {
                if (url.credentials().isEmpty()) {
                    result.completeExceptionally(failed(Failure.AUTHENTICATION,
                            "node requires a login (give user:pass@ in the URL)"));
                    return;
                }
                HttpAuth challenge = HttpAuth.fromChallenges(response.headers().allValues("WWW-Authenticate"));
                if (challenge == null) {
                    result.completeExceptionally(failed(Failure.AUTHENTICATION,
                            "node asks for an authentication scheme other than Basic or Digest MD5"));
                    return;
                }
                // Answer a challenge once; a refusal of a cached one may only mean its nonce went stale.
                if (!(authTries == 0 || (authTries == 1 && !fresh))) {
                    result.completeExceptionally(failed(Failure.AUTHENTICATION, "node refused the login"));
                    return;
                }
                auth = challenge;
                send(challenge, authTries + 1, true);
                return;
            }
            if (status >= 300 && status < 400) {
                result.completeExceptionally(failed(Failure.HTTP_STATUS, "node answered a redirect (HTTP " + status
                        + "), which is not followed"));
                return;
            }
            if (status != 200) {
                result.completeExceptionally(failed(Failure.HTTP_STATUS, "node answered HTTP " + status));
                return;
            }
            JsonNode answer;
            try {
                answer = JSON.readTree(response.body());
            } catch (IOException e) {
                result.completeExceptionally(failed(Failure.MALFORMED, "node answered with something that is not JSON"));
                return;
            }
            if (answer == null || !answer.isObject()) {
                result.completeExceptionally(failed(Failure.MALFORMED, "node answer is not a JSON object"));
                return;
            }
            JsonNode error = answer.get("error");
            if (error != null && !error.isNull()) {
                String code = error.path("code").isIntegralNumber() ? error.path("code").asText() : "?";
                String message = error.path("message").isTextual() ? error.path("message").asText() : null;
                result.completeExceptionally(failed(Failure.RPC_ERROR, "node returned JSON-RPC error " + code + ": "
                        + NodeText.clean(message)));
                return;
            }
            JsonNode r = answer.get("result");
            if (r == null || !r.isObject()) {
                result.completeExceptionally(failed(Failure.MALFORMED, "node answer has no result object"));
                return;
            }
            result.complete(r);
        }

        private NodeFailedException transportFailure(Throwable error) {
            Throwable e = error;
            while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
                e = e.getCause();
            }
            if (e instanceof NodeFailedException n) {
                return n;
            }
            if (e instanceof BoundedBodySubscriber.TooLargeException) {
                return failed(Failure.TOO_LARGE, e.getMessage());
            }
            if (e instanceof HttpTimeoutException) {
                return failed(Failure.TIMEOUT, "no complete answer within " + seconds(limits.timeout()));
            }
            if (e instanceof ConnectException) {
                return failed(Failure.UNREACHABLE, "cannot connect to the node");
            }
            if (e instanceof IOException) {
                return failed(Failure.UNREACHABLE, "request to the node failed (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + NodeText.clean(e.getMessage())) + ")");
            }
            return failed(Failure.UNREACHABLE, "request to the node failed (" + e.getClass().getSimpleName() + ")");
        }
    }

}
