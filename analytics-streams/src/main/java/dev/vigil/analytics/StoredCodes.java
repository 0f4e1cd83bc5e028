package dev.vigil.analytics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one-byte code each constant of an enum is stored as: its position in a table written out in the serde and only
 * ever appended to, so reordering or inserting constants in the enum cannot change what stored bytes mean.
 */
public final class StoredCodes<E extends Enum<E>> {

  private static final int MAX_CODES = Byte.MAX_VALUE + 1;

  private final Class<E> type;
  private final List<E> table;
  private final Map<E, Byte> codes;

  private StoredCodes(Class<E> type, List<E> table) {
    this.type = type;
    this.table = table;
    this.codes = new EnumMap<>(type);
    for (int code = 0; code < table.size(); code++) {
      if (codes.put(table.get(code), (byte) code) != null) {
        throw new IllegalArgumentException(table.get(code) + " has more than one stored code");
      }
    }
  }

  /** Codes 0, 1, 2… in the order given; every constant of {@code type} must be listed, so a new one needs a code. */
  @SafeVarargs
  public static <E extends Enum<E>> StoredCodes<E> of(Class<E> type, E... table) {
    if (table.length > MAX_CODES) {
      throw new IllegalArgumentException("a stored code is one non-negative byte, so at most " + MAX_CODES + " codes");
    }
    var codes = new StoredCodes<>(type, List.of(table));
    for (E constant : type.getEnumConstants()) {
      if (!codes.codes.containsKey(constant)) {
        throw new IllegalArgumentException(constant + " has no stored code");
      }
    }
    return codes;
  }

  public byte code(E constant) {
    return codes.get(constant);
  }

  public E constant(int code) {
    if (code < 0 || code >= table.size()) {
      throw new IllegalStateException("no " + type.getSimpleName() + " is stored as code " + code);
    }
    return table.get(code);
  }
}
