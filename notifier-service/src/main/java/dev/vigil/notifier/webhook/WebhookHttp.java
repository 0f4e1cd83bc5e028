package dev.vigil.notifier.webhook;

import dev.vigil.egress.EgressGuard;
import dev.vigil.egress.EgressPolicy;
import dev.vigil.notifier.NotifierProperties;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The HTTP client of webhooks: addresses only from the SSRF guard, redirects never followed (a redirect could point
 * anywhere), no automatic retries (retrying is the retry topics' job), and a connect timeout plus a total deadline
 * after which the call is aborted, so a receiver that never answers costs a bounded time.
 */
@Component
class WebhookHttp implements DisposableBean {

    private static final int MAX_CONNECTIONS = 200;

    private final CloseableHttpClient client;
    private final Duration total;

    WebhookHttp(NotifierProperties properties) {
        NotifierProperties.Webhook webhook = properties.webhook();
        this.total = webhook.totalTimeout();
        var guard = new EgressGuard(new EgressPolicy(webhook.egress().enabled(), webhook.egress().allowedCidrs()));
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new GuardedDnsResolver(guard))
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(webhook.connectTimeout()))
                        .setSocketTimeout(Timeout.of(total))
                        .build())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(total)).build())
                .build();
    }

    /** The response's status and Retry-After; the body is read and dropped. */
    Answer post(URI url, Map<String, String> headers, byte[] body, String contentType) throws IOException {
        var request = new HttpPost(url);
        headers.forEach(request::setHeader);
        request.setEntity(new ByteArrayEntity(body, ContentType.parse(contentType)));
        CompletableFuture<Void> deadline = CompletableFuture.runAsync(request::cancel,
                CompletableFuture.delayedExecutor(total.toMillis(), TimeUnit.MILLISECONDS));
        try {
            return client.execute(request, response -> {
                EntityUtils.consume(response.getEntity());
                Header retryAfter = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
                return new Answer(response.getCode(), retryAfter == null ? null : retryAfter.getValue());
            });
        } catch (IOException e) {
            if (request.isCancelled()) {
                throw new IOException("no complete answer within " + total, e);
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    @Override
    public void destroy() throws IOException {
        client.close();
    }

    record Answer(int status, @Nullable String retryAfter) {
    }
}
