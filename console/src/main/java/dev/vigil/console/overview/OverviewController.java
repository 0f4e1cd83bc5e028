package dev.vigil.console.overview;

import dev.vigil.console.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /}: every monitor of the signed-in user with its state; htmx asks for the table alone when a filter changes. */
@Controller
class OverviewController {

    private final OverviewQueries queries;

    OverviewController(OverviewQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    String overview(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String name,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("overview", queries.page(client.getAccessToken().getTokenValue(), Math.max(0, page),
                blankToNull(state), blankToNull(kind), blankToNull(name)));
        return htmx != null ? "overview :: monitors" : "overview";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
