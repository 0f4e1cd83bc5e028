package dev.vigil.contracts;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.vigil.contracts.json.ContractsJson;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Reflection over the contract types, so tests can compare schemas with the records they describe. */
public final class ContractTypes {

  private static final String CONTRACTS_PACKAGE = "dev.vigil.contracts";

  private ContractTypes() {
  }

  /** The root type and every contract type reachable through its components, list elements and sealed subtypes. */
  public static Set<Class<?>> reachableFrom(Class<?> root) {
    Set<Class<?>> found = new LinkedHashSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>(List.of(root));
    while (!pending.isEmpty()) {
      Class<?> type = pending.pop();
      if (!type.getPackageName().startsWith(CONTRACTS_PACKAGE) || !found.add(type)) {
        continue;
      }
      if (type.isSealed()) {
        pending.addAll(List.of(type.getPermittedSubclasses()));
      }
      if (type.isRecord()) {
        Stream.of(type.getRecordComponents()).flatMap(c -> classesOf(c.getGenericType())).forEach(pending::add);
      }
    }
    return found;
  }

  public static Set<Class<? extends Enum<?>>> enums() {
    Set<Class<? extends Enum<?>>> enums = new LinkedHashSet<>();
    for (Class<?> root : topicValueTypes()) {
      reachableFrom(root).stream().filter(Class::isEnum).forEach(type -> enums.add(asEnum(type)));
    }
    return enums;
  }

  public static boolean isNullable(RecordComponent component) {
    return component.getAnnotatedType().isAnnotationPresent(Nullable.class);
  }

  public static boolean isCollection(RecordComponent component) {
    return Collection.class.isAssignableFrom(component.getType()) || Map.class.isAssignableFrom(component.getType());
  }

  /** The type-id property a polymorphic record is written with, if it is one. */
  public static Optional<String> discriminator(Class<?> type) {
    return Stream.of(type.getInterfaces())
        .map(parent -> parent.getAnnotation(JsonTypeInfo.class))
        .filter(info -> info != null)
        .map(JsonTypeInfo::property)
        .findFirst();
  }

  public static String wireName(Enum<?> constant) {
    return ContractsJson.mapper().valueToTree(constant).asString();
  }

  private static List<Class<?>> topicValueTypes() {
    return Samples.all().<Class<?>>map(arguments -> arguments.get()[1].getClass()).distinct().toList();
  }

  private static Stream<Class<?>> classesOf(Type type) {
    if (type instanceof Class<?> plain) {
      return Stream.of(plain);
    }
    if (type instanceof ParameterizedType parameterized) {
      return Stream.of(parameterized.getActualTypeArguments()).flatMap(ContractTypes::classesOf);
    }
    return Stream.empty();
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends Enum<?>> asEnum(Class<?> type) {
    return (Class<? extends Enum<?>>) type;
  }
}
