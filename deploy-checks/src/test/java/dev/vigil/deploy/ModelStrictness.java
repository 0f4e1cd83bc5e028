package dev.vigil.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;

/**
 * fabric8 model classes keep fields they do not know in {@code additionalProperties} rather than failing; this walks
 * a loaded object and fails on the first such field, naming where it sits (a misspelt or misplaced key).
 */
final class ModelStrictness {

  private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

  private ModelStrictness() {
  }

  static void requireNoUnknownFields(Object object, String path) {
    if (object instanceof Collection<?> items) {
      int index = 0;
      for (Object item : items) {
        requireNoUnknownFields(item, path + "[" + index++ + "]");
      }
      return;
    }
    if (object instanceof Map<?, ?> entries) {
      entries.forEach((key, value) -> requireNoUnknownFields(value, path + "." + key));
      return;
    }
    if (!object.getClass().getName().startsWith(MODEL_PACKAGE)) {
      return;
    }
    for (Method getter : object.getClass().getMethods()) {
      if (!isProperty(getter)) {
        continue;
      }
      Object value = invoke(getter, object);
      if (value == null) {
        continue;
      }
      if (getter.getName().equals("getAdditionalProperties")) {
        if (!((Map<?, ?>) value).isEmpty()) {
          throw new AssertionError("Unknown field(s) " + ((Map<?, ?>) value).keySet() + " at " + path);
        }
        continue;
      }
      requireNoUnknownFields(value, path + "." + property(getter));
    }
  }

  private static boolean isProperty(Method method) {
    return method.getName().startsWith("get") && method.getParameterCount() == 0
        && !Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() != Object.class
        && !method.getName().equals("getClass");
  }

  private static String property(Method getter) {
    String name = getter.getName().substring(3);
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + getter, e);
    }
  }
}
