package dev.vigil.console.maintenance;

import dev.vigil.console.api.ApiException;
import dev.vigil.console.manage.FieldErrors;
import dev.vigil.console.security.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The maintenance windows pages, one template for both scopes: the tenant's windows at {@code /maintenance} and a
 * monitor's own at {@code /monitors/{id}/maintenance}. A refused window comes back in its form, as typed, with the
 * API's messages at its fields.
 */
@Controller
class MaintenanceController {

    private static final Logger log = LoggerFactory.getLogger(MaintenanceController.class);
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MaintenanceWindows windows;

    MaintenanceController(MaintenanceWindows windows) {
        this.windows = windows;
    }

    @GetMapping("/maintenance")
    String tenant(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            Model model) {
        return page(model, windows.read(token(client), MaintenanceScope.TENANT), MaintenanceScope.TENANT,
                WindowForm.blank(), none());
    }

    @PostMapping("/maintenance")
    String addToTenant(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @ModelAttribute WindowForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return add(token(client), MaintenanceScope.TENANT, form, model, response, redirect);
    }

    @PostMapping("/maintenance/remove")
    String removeFromTenant(
            @RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @RequestParam String window, RedirectAttributes redirect) {
        return remove(token(client), MaintenanceScope.TENANT, window, redirect);
    }

    @GetMapping("/monitors/{id}/maintenance")
    String monitor(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @PathVariable UUID id, Model model) {
        MaintenanceScope scope = MaintenanceScope.monitor(id);
        return page(model, windows.read(token(client), scope), scope, WindowForm.blank(), none());
    }

    @PostMapping("/monitors/{id}/maintenance")
    String addToMonitor(@RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @PathVariable UUID id, @ModelAttribute WindowForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return add(token(client), MaintenanceScope.monitor(id), form, model, response, redirect);
    }

    @PostMapping("/monitors/{id}/maintenance/remove")
    String removeFromMonitor(
            @RegisteredOAuth2AuthorizedClient(SignedInUser.REGISTRATION) OAuth2AuthorizedClient client,
            @PathVariable UUID id, @RequestParam String window, RedirectAttributes redirect) {
        return remove(token(client), MaintenanceScope.monitor(id), window, redirect);
    }

    private String add(String token, MaintenanceScope scope, WindowForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        MaintenanceWindows.Listed listed = windows.read(token, scope);
        List<Object> next = new ArrayList<>(listed.windows());
        int index = next.size();
        next.add(form.toWindow());
        try {
            windows.write(token, scope, next);
        } catch (ApiException e) {
            if (!e.refusedInput()) {
                throw e;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            FieldErrors errors = e.fields().isEmpty()
                    ? new FieldErrors(Map.of(), List.of(e.getMessage()))
                    : form.errors(e.fields(), scope.windowPath(index));
            return page(model, listed, scope, form, errors);
        }
        log.atInfo().addKeyValue("monitorId", scope.monitorId()).addKeyValue("windowType", form.type())
                .log("maintenance window added in the console");
        redirect.addFlashAttribute("notice", "Maintenance window added.");
        return "redirect:" + scope.page();
    }

    /**
     * Takes out the window the button showed, named by its JSON rather than its position, so a list that changed
     * since the page was drawn loses the window the person meant or none.
     */
    private String remove(String token, MaintenanceScope scope, String window, RedirectAttributes redirect) {
        JsonNode gone = JSON.readTree(window);
        List<JsonNode> current = windows.read(token, scope).windows();
        List<JsonNode> next = new ArrayList<>(current);
        if (next.remove(gone)) {
            windows.write(token, scope, next);
            log.atInfo().addKeyValue("monitorId", scope.monitorId())
                    .addKeyValue("windowType", gone.path("type").asString())
                    .log("maintenance window removed in the console");
            redirect.addFlashAttribute("notice", "Maintenance window removed.");
        } else {
            redirect.addFlashAttribute("notice", "That maintenance window was already gone.");
        }
        return "redirect:" + scope.page();
    }

    private static String page(Model model, MaintenanceWindows.Listed listed, MaintenanceScope scope,
            WindowForm form, FieldErrors errors) {
        model.addAttribute("heading", listed.title());
        model.addAttribute("windows", listed.windows().stream().map(WindowRow::of).toList());
        model.addAttribute("scope", scope);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("days", WindowForm.DAYS);
        model.addAttribute("zones", ZONES);
        if (scope.monitorId() == null) {
            model.addAttribute("nav", "maintenance");
        }
        return "maintenance";
    }

    private static FieldErrors none() {
        return new FieldErrors(Map.of(), List.of());
    }

    private static String token(OAuth2AuthorizedClient client) {
        return client.getAccessToken().getTokenValue();
    }
}
