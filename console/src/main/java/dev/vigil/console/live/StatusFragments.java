package dev.vigil.console.live;

import dev.vigil.console.status.Formats;
import dev.vigil.console.status.StatusSummary;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the live parts of an overview row with the same fragments the page itself uses, so a live update looks
 * exactly like a reload would.
 */
@Component
class StatusFragments {

    static final String TEMPLATE = "fragments/status";
    /** SSE event name prefix by fragment name: the page's cells listen for {@code <prefix><monitor id>}. */
    static final Map<String, String> EVENTS = Map.of("state", "state-", "check", "check-",
            "availability", "availability-");

    private final TemplateEngine templates;
    private final Formats formats;

    StatusFragments(TemplateEngine templates, Formats formats) {
        this.templates = templates;
        this.formats = formats;
    }

    /** The fragment's HTML on one line: an SSE data field ends at a line break. */
    String render(String fragment, StatusSummary status) {
        var context = new Context();
        context.setVariable("fmt", formats);
        context.setVariable("s", status);
        String html = templates.process(TEMPLATE, Set.of(fragment + "(s)"), context);
        return html.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
