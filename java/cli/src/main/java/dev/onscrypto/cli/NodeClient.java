package dev.onscrypto.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A minimal oxend JSON-RPC client. Every failure becomes a {@link CliException}: a bad URL is bad
 * input (2); anything the node does (unreachable, timeout, HTTP status, JSON-RPC error, malformed
 * answer) is exit 1, so scripts can tell "fix your command" from "the lookup did not succeed".
 */
final class NodeClient {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final URI endpoint;
    private final Duration timeout;

    NodeClient(String url, Duration timeout) {
        this.endpoint = endpoint(url);
        this.timeout = timeout;
    }

    URI endpoint() {
        return endpoint;
    }

    /** oxend serves JSON-RPC on /json_rpc: a bare http://host:port means that path. */
    static URI endpoint(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new CliException(ExitCodes.USAGE, "--node is not a valid URL: " + e.getReason());
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new CliException(ExitCodes.USAGE, "--node must be an http:// or https:// URL with a host");
        }
        String path = uri.getRawPath();
        return path == null || path.isEmpty() || path.equals("/") ? uri.resolve("/json_rpc") : uri;
    }

    /** Calls {@code method} and returns its {@code result} object. */
    JsonNode call(String method, JsonNode params) {
        var body = MAPPER.createObjectNode();
        body.put("jsonrpc", "2.0");
        body.put("id", "0");
        body.put("method", method);
        body.set("params", params);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw node("node did not answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw node("cannot connect to the node");
        } catch (IOException e) {
            throw node("request to the node failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw node("interrupted while waiting for the node");
        }
        if (response.statusCode() != 200) {
            throw node("node answered HTTP " + response.statusCode());
        }
        JsonNode answer;
        try {
            answer = MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw node("node answered with something that is not JSON");
        }
        JsonNode error = answer == null ? null : answer.get("error");
        if (error != null && !error.isNull()) {
            throw node("node returned JSON-RPC error " + error.path("code").asText("?") + ": "
                    + error.path("message").asText("(no message)"));
        }
        JsonNode result = answer == null ? null : answer.get("result");
        if (result == null || !result.isObject()) {
            throw node("node answer has no result object");
        }
        return result;
    }

    private CliException node(String message) {
        return new CliException(ExitCodes.INVALID, message + " (" + endpoint + ")");
    }
}
