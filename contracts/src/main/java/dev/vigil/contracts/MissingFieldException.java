package dev.vigil.contracts;

import java.io.Serial;

/** Thrown when a record lacks a required field, so readers can name the field instead of reporting a bare null. */
public final class MissingFieldException extends IllegalArgumentException {

  @Serial
  private static final long serialVersionUID = 1L;

  private final String field;

  public MissingFieldException(String field) {
    super("missing required field '" + field + "'");
    this.field = field;
  }

  public String field() {
    return field;
  }
}
