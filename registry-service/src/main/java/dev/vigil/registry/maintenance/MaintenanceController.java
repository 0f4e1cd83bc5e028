package dev.vigil.registry.maintenance;

import dev.vigil.contracts.monitor.MaintenanceWindow;
import dev.vigil.registry.security.CurrentTenant;
import dev.vigil.registry.web.FieldError;
import dev.vigil.registry.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Maintenance windows that apply to all of a tenant's monitors; replacing them republishes every monitor of the
 * tenant, since the windows travel inside each monitor snapshot.
 */
@RestController
@RequestMapping("/api/v1/maintenance-windows")
class MaintenanceController {

    private final MaintenanceService service;

    MaintenanceController(MaintenanceService service) {
        this.service = service;
    }

    @GetMapping
    List<MaintenanceWindow> get(@AuthenticationPrincipal Jwt jwt) {
        return service.windows(CurrentTenant.of(jwt));
    }

    @PutMapping
    List<MaintenanceWindow> replace(@AuthenticationPrincipal Jwt jwt, @RequestBody List<MaintenanceWindow> windows) {
        validate(windows);
        service.replace(CurrentTenant.of(jwt), windows);
        return windows;
    }

    private static void validate(List<MaintenanceWindow> windows) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i) == null) {
                errors.add(new FieldError("[" + i + "]", "must be a maintenance window"));
            } else if (windows.get(i) instanceof MaintenanceWindow.Cron cron
                    && !CronExpression.isValidExpression(cron.expression())) {
                errors.add(new FieldError("[" + i + "].expression",
                        "must be a six-field cron expression (second minute hour day month weekday)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
