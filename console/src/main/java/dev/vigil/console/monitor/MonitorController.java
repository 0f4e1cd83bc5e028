package dev.vigil.console.monitor;

import dev.vigil.console.security.SignedInUser;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** {@code /monitors/{id}}: one monitor's latency, SLA, incidents and alerts; its chart data comes as JSON. */
@Controller
class MonitorController {

    private final MonitorQueries queries;

    MonitorController(MonitorQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/monitors/{id}")
    String monitor(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @PathVariable UUID id, Model model) {
        model.addAttribute("monitor", queries.detail(client.getAccessToken().getTokenValue(), id));
        return "monitor";
    }

    @GetMapping("/monitors/{id}/chart")
    @ResponseBody
    ChartSeries chart(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @PathVariable UUID id, @RequestParam(defaultValue = "hour") String range) {
        ChartRange chartRange = ChartRange.of(range).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "range must be hour, day or week"));
        return queries.chart(client.getAccessToken().getTokenValue(), id, chartRange);
    }
}
