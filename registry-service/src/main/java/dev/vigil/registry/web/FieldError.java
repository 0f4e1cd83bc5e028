package dev.vigil.registry.web;

/** One field at fault in a request, named by its JSON path (for example {@code http.body} or {@code regions[1]}). */
public record FieldError(String field, String message) {
}
