package dev.vigil.console.api;

/** One field the API refused, named by its JSON path as the problem+json {@code errors} list names it. */
public record FieldProblem(String field, String message) {
}
