package dev.vigil.notifier.message;

/** One labelled figure behind an alert, already formatted for people. */
public record Figure(String label, String value) {
}
