package dev.vigil.contracts.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration every topic value is written and read with, so that all services, the outbox and
 * the serdes agree byte for byte on the wire format.
 */
public final class ContractsJson {

  private static final List<Class<?>> PRIMITIVES = List.of(boolean.class, int.class, long.class, double.class);

  private static final JsonMapper MAPPER = build();

  private ContractsJson() {
  }

  /** Jackson 3 mappers are immutable, so sharing this one is safe. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  private static JsonMapper build() {
    JsonMapper.Builder builder = JsonMapper.builder()
        // Within a topic version producers may add fields; readers built against the older record must skip them.
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        // Maps have no order of their own; sorting keeps equal records byte-identical across JVMs.
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    // An absent number or flag is a missing field, not zero or false; failing as a null makes Jackson name the field.
    PRIMITIVES.forEach(type -> builder.withConfigOverride(type,
        override -> override.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.FAIL))));
    return builder.build();
  }
}
