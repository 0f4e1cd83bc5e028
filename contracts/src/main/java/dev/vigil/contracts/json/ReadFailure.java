package dev.vigil.contracts.json;

import dev.vigil.contracts.MissingFieldException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;

/** Turns Jackson's read errors into one line naming the contract type and the field path, for logs and dead letters. */
final class ReadFailure {

  private ReadFailure() {
  }

  static String describe(Class<?> type, JacksonException failure) {
    String prefix = "Cannot read " + type.getSimpleName() + ": ";
    String path = path(failure.getPath());
    if (failure instanceof InvalidNullException) {
      return prefix + missing(path);
    }
    if (failure.getCause() instanceof MissingFieldException missing) {
      return prefix + missing(path.isEmpty() ? missing.field() : path + "." + missing.field());
    }
    String reason = failure.getCause() instanceof IllegalArgumentException invalid
        ? invalid.getMessage()
        : failure.getOriginalMessage();
    return path.isEmpty() ? prefix + reason : prefix + "at '" + path + "': " + reason;
  }

  private static String missing(String field) {
    return "missing required field '" + field + "'";
  }

  private static String path(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : references) {
      String property = reference.getPropertyName();
      if (property != null) {
        path.append(path.isEmpty() ? "" : ".").append(property);
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
