package dev.vigil.console.channel;

import dev.vigil.console.api.ApiClient;
import dev.vigil.console.api.ApiException;
import dev.vigil.console.manage.FieldErrors;
import dev.vigil.console.security.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * The channels pages. A signing secret the API hands out (at a webhook's creation, at a rotation) is rendered
 * straight into the answer to that POST and nowhere else: not logged, not in a redirect or flash that outlives the
 * response, and marked {@code no-store} so no cache keeps it.
 */
@Controller
class ChannelController {

    private static final Logger log = LoggerFactory.getLogger(ChannelController.class);
    private static final String CHANNELS = "/api/v1/channels";
    private static final String NAV = "channels";

    private final ApiClient api;

    ChannelController(ApiClient api) {
        this.api = api;
    }

    @GetMapping("/channels")
    String list(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            Model model) {
        List<ChannelRow> channels = api.get(token(client), CHANNELS).valueStream().map(ChannelRow::of).toList();
        model.addAttribute("channels", channels);
        model.addAttribute("nav", NAV);
        return "channels";
    }

    @GetMapping("/channels/new")
    String newChannel(Model model) {
        return form(model, ChannelForm.blank(), new FieldErrors(Map.of(), List.of()));
    }

    @PostMapping("/channels")
    String create(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @ModelAttribute ChannelForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        JsonNode created;
        try {
            created = api.post(token(client), CHANNELS, form.toRequest());
        } catch (ApiException e) {
            if (!e.refusedInput()) {
                throw e;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, e.fields().isEmpty()
                    ? new FieldErrors(Map.of(), List.of(e.getMessage()))
                    : ChannelForm.errors(e.fields()));
        }
        log.atInfo().addKeyValue("channelId", created.path("id").asString())
                .addKeyValue("kind", created.path("kind").asString()).log("channel created in the console");
        if (created.hasNonNull("signingSecret")) {
            return secret(created, "created", model, response);
        }
        redirect.addFlashAttribute("notice", "Channel " + created.path("name").asString() + " created.");
        return "redirect:/channels";
    }

    @PostMapping("/channels/{id}/test")
    String test(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @PathVariable UUID id, @RequestParam(defaultValue = "the channel") String name,
            RedirectAttributes redirect) {
        api.act(token(client), CHANNELS + "/" + id + "/test");
        log.atInfo().addKeyValue("channelId", id).log("channel test sent from the console");
        redirect.addFlashAttribute("notice", "Test alert sent to " + name + ".");
        return "redirect:/channels";
    }

    @PostMapping("/channels/{id}/rotate-secret")
    String rotate(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @PathVariable UUID id, Model model, HttpServletResponse response) {
        JsonNode rotated = api.act(token(client), CHANNELS + "/" + id + "/rotate-secret");
        log.atInfo().addKeyValue("channelId", id).log("channel signing secret rotated in the console");
        return secret(rotated, "rotated", model, response);
    }

    @PostMapping("/channels/{id}/delete")
    String delete(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @PathVariable UUID id, @RequestParam(defaultValue = "The channel") String name,
            RedirectAttributes redirect) {
        api.delete(token(client), CHANNELS + "/" + id);
        log.atInfo().addKeyValue("channelId", id).log("channel deleted in the console");
        redirect.addFlashAttribute("notice", name + " deleted.");
        return "redirect:/channels";
    }

    private static String secret(JsonNode channel, String event, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("channelName", channel.path("name").asString());
        model.addAttribute("secret", channel.path("signingSecret").asString());
        model.addAttribute("event", event);
        model.addAttribute("previousValidUntil", previousValidUntil(channel));
        model.addAttribute("nav", NAV);
        return "channel-secret";
    }

    /** Until when the secret before this one is still accepted, so receivers can switch over; none at creation. */
    private static @Nullable Instant previousValidUntil(JsonNode channel) {
        return channel.path("signingSecrets").valueStream()
                .filter(secret -> secret.hasNonNull("validUntil"))
                .map(secret -> Instant.parse(secret.path("validUntil").asString()))
                .max(Instant::compareTo).orElse(null);
    }

    private static String form(Model model, ChannelForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", ChannelForm.TYPES);
        model.addAttribute("alertTypes", ChannelForm.ALERT_TYPES);
        model.addAttribute("nav", NAV);
        return "channel-form";
    }

    private static String token(OAuth2AuthorizedClient client) {
        return client.getAccessToken().getTokenValue();
    }
}
