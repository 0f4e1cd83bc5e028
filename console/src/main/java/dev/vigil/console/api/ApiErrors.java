package dev.vigil.console.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.ModelAndView;

/**
 * API refusals become pages a person can read: another tenant's monitor is simply "not found", as the API says,
 * and an unreachable API is a 502 that names what is down.
 */
@ControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ApiException.class)
    ModelAndView refused(ApiException e) {
        HttpStatus status = e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_GATEWAY;
        log.atInfo().addKeyValue("apiStatus", e.status().value()).addKeyValue("status", status.value())
                .log("API refused a console request");
        var page = new ModelAndView("error-page", status);
        page.addObject("title", e.notFound() ? "Not found" : "The API refused the request");
        page.addObject("detail", e.notFound() ? "There is no such monitor, or it is not yours." : e.getMessage());
        return page;
    }

    @ExceptionHandler(ResourceAccessException.class)
    ModelAndView unreachable(ResourceAccessException e) {
        log.atWarn().addKeyValue("error", e.getMessage()).log("API unreachable");
        var page = new ModelAndView("error-page", HttpStatus.BAD_GATEWAY);
        page.addObject("title", "Vigil's API is not answering");
        page.addObject("detail", "The console could not reach the API. Try again in a moment.");
        return page;
    }
}
