package dev.vigil.console.live;

import dev.vigil.console.ConsoleProperties;
import dev.vigil.console.security.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code /live}: the signed-in user's live events as ready-to-swap HTML, for the htmx SSE extension. */
@RestController
class LiveController {

    private final LiveRelay relay;
    private final ConsoleProperties.Live settings;

    LiveController(LiveRelay relay, ConsoleProperties properties) {
        this.relay = relay;
        this.settings = properties.live();
    }

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client) {
        var emitter = new SseEmitter(settings.timeout().toMillis());
        relay.open(client.getAccessToken().getTokenValue(), emitter);
        return emitter;
    }
}
