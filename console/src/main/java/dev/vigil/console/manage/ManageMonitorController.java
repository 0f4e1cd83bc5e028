package dev.vigil.console.manage;

import dev.vigil.console.api.ApiClient;
import dev.vigil.console.api.ApiException;
import dev.vigil.console.security.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import tools.jackson.databind.JsonNode;

/**
 * Creating, editing, pausing, resuming and deleting monitors through the API. A refused form comes back with the
 * API's messages next to the fields at fault and the values as typed.
 */
@Controller
class ManageMonitorController {

    private static final Logger log = LoggerFactory.getLogger(ManageMonitorController.class);
    private static final String MONITORS = "/api/v1/monitors";
    private static final List<String> FORM_FIELDS = Arrays.stream(MonitorForm.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    private final ApiClient api;

    ManageMonitorController(ApiClient api) {
        this.api = api;
    }

    @GetMapping("/monitors/new")
    String newMonitor(@RequestParam(defaultValue = "http") String kind, Model model) {
        return form(model, MonitorForm.blank(MonitorForm.KINDS.contains(kind) ? kind : "http"), null,
                FieldErrors.none());
    }

    @PostMapping("/monitors")
    String create(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @ModelAttribute MonitorForm form, Model model, HttpServletResponse response) {
        try {
            JsonNode created = api.post(token(client), MONITORS, form.toRequest());
            log.atInfo().addKeyValue("monitorId", created.path("id").asString()).log("monitor created in the console");
            return "redirect:/";
        } catch (ApiException e) {
            return refused(e, form, null, model, response);
        }
    }

    @GetMapping("/monitors/{id}/edit")
    String edit(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @PathVariable UUID id, Model model) {
        return form(model, MonitorForm.of(api.monitor(token(client), id)), id, FieldErrors.none());
    }

    @PostMapping("/monitors/{id}")
    String update(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @PathVariable UUID id, @ModelAttribute MonitorForm form, Model model, HttpServletResponse response) {
        try {
            api.patch(token(client), MONITORS + "/" + id, form.toRequest());
            log.atInfo().addKeyValue("monitorId", id).log("monitor changed in the console");
            return "redirect:/monitors/" + id;
        } catch (ApiException e) {
            return refused(e, form, id, model, response);
        }
    }

    @PostMapping("/monitors/{id}/pause")
    String pause(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @PathVariable UUID id) {
        api.act(token(client), MONITORS + "/" + id + "/pause");
        log.atInfo().addKeyValue("monitorId", id).log("monitor paused in the console");
        return "redirect:/monitors/" + id;
    }

    @PostMapping("/monitors/{id}/resume")
    String resume(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @PathVariable UUID id) {
        api.act(token(client), MONITORS + "/" + id + "/resume");
        log.atInfo().addKeyValue("monitorId", id).log("monitor resumed in the console");
        return "redirect:/monitors/" + id;
    }

    @PostMapping("/monitors/{id}/delete")
    String delete(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @PathVariable UUID id) {
        api.delete(token(client), MONITORS + "/" + id);
        log.atInfo().addKeyValue("monitorId", id).log("monitor deleted in the console");
        return "redirect:/";
    }

    private String refused(ApiException e, MonitorForm form, @Nullable UUID id, Model model,
            HttpServletResponse response) {
        if (e.status() != HttpStatus.BAD_REQUEST && e.status() != HttpStatus.UNPROCESSABLE_CONTENT
                && e.status() != HttpStatus.CONFLICT) {
            throw e;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        FieldErrors errors = e.fields().isEmpty()
                ? new FieldErrors(java.util.Map.of(), List.of(e.getMessage()))
                : FieldErrors.of(e.fields(), FORM_FIELDS);
        return form(model, form, id, errors);
    }

    private static String form(Model model, MonitorForm form, @Nullable UUID id, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("monitorId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", MonitorForm.KINDS);
        return "monitor-form";
    }

    private static String token(OAuth2AuthorizedClient client) {
        return client.getAccessToken().getTokenValue();
    }
}
