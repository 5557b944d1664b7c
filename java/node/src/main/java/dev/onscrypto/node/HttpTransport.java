package dev.onscrypto.node;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The HTTP client and the deadline timer that requests share. Redirects are never followed (a node
 * must not send the request, or the credentials, elsewhere); HTTP/1.1 only, as oxend speaks.
 */
final class HttpTransport implements AutoCloseable {
    final HttpClient http;
    final ScheduledExecutorService timer;

    HttpTransport(Duration connectTimeout) {
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "ons-node-deadline");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        this.timer = t;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        http.shutdownNow();
    }
}
