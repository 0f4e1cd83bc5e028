package dev.vigil.notifier.email;

import dev.vigil.contracts.alert.Alert;
import dev.vigil.notifier.message.AlertWording;
import dev.vigil.notifier.message.Figure;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The text and HTML bodies of alert mail; every value from an event is HTML-escaped, because monitor names and
 * probe errors are user or remote input.
 */
@Component
class MailTemplates {

    private static final String TEXT = """
            %s %s at %s.

            %s
            Open the monitor: %s

            -- Vigil
            """;

    private static final String HTML = """
            <!DOCTYPE html>
            <html><body style="font-family: sans-serif">
            <h2>%s %s</h2>
            <p>at %s</p>
            <table cellpadding="4">
            %s
            </table>
            <p><a href="%s">Open the monitor in Vigil</a></p>
            </body></html>
            """;

    private final AlertWording wording;

    MailTemplates(AlertWording wording) {
        this.wording = wording;
    }

    String text(Alert alert) {
        String figures = wording.figures(alert).stream()
                .map(figure -> figure.label() + ": " + figure.value() + "\n")
                .collect(Collectors.joining());
        return TEXT.formatted(alert.monitorName(), wording.happened(alert.type()), wording.when(alert), figures,
                wording.link(alert));
    }

    String html(Alert alert) {
        String rows = wording.figures(alert).stream().map(MailTemplates::row).collect(Collectors.joining("\n"));
        return HTML.formatted(esc(alert.monitorName()), esc(wording.happened(alert.type())), esc(wording.when(alert)),
                rows, esc(wording.link(alert).toString()));
    }

    private static String row(Figure figure) {
        return "<tr><th align=\"left\">" + esc(figure.label()) + "</th><td>" + esc(figure.value()) + "</td></tr>";
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value);
    }
}
