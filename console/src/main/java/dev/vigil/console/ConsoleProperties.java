package dev.vigil.console;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the console needs to know about its deployment, under {@code vigil.console}.
 *
 * @param apiUri where the public API ({@code /api/v1/...}) answers for the console's server-side calls: the
 *     registry, which checks the user's token and tenant on every call just as behind the gateway; called directly
 *     because a monitor page makes several calls at once, which would spend the user's own per-tenant rate limit
 *     at the gateway
 * @param liveUri the gateway's live event stream, relayed to the browser with the user's token
 * @param apiTimeout how long one API call may take before the page shows an error
 * @param overview the monitors list
 * @param live the relay of the gateway's live stream to the browser
 */
@Validated
@ConfigurationProperties("vigil.console")
public record ConsoleProperties(
        @DefaultValue("http://localhost:8081") @NotNull URI apiUri,
        @DefaultValue("http://localhost:8080/api/v1/live") @NotNull URI liveUri,
        @DefaultValue("10s") @NotNull Duration apiTimeout,
        @DefaultValue @Valid Overview overview,
        @DefaultValue @Valid Live live) {

    /**
     * @param pageSize monitors per overview page; also the page size asked of the API (whose maximum is 100)
     */
    public record Overview(@DefaultValue("100") @Positive @Max(100) int pageSize) {
    }

    /**
     * @param timeout a browser's stream is closed after this long and the browser reconnects on its own, so the
     *     upstream stream is reopened with a fresh access token (the gateway checks the token only when a stream
     *     opens); the gateway's keep-alive comments are passed on and keep an idle stream open
     */
    public record Live(@DefaultValue("10m") @NotNull Duration timeout) {
    }
}
