package dev.vigil.deploy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rendered manifests loaded into fabric8's typed Kubernetes model. Unknown fields land in a model object's
 * {@code additionalProperties} instead of failing, so {@link ModelStrictness} rejects those, and scalars are not
 * coerced, so a string where the API wants a number fails too. Custom resources stay generic.
 */
final class Manifests {

  /** The typed class of every built-in kind the chart may render, by apiVersion and kind. */
  private static final Map<String, Class<? extends HasMetadata>> TYPED = Map.ofEntries(
      Map.entry("v1/ConfigMap", ConfigMap.class),
      Map.entry("v1/Secret", Secret.class),
      Map.entry("v1/Service", Service.class),
      Map.entry("v1/ServiceAccount", ServiceAccount.class),
      Map.entry("apps/v1/Deployment", Deployment.class),
      Map.entry("apps/v1/StatefulSet", StatefulSet.class),
      Map.entry("batch/v1/Job", Job.class),
      Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
      Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
      Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
      Map.entry("networking.k8s.io/v1/Ingress", Ingress.class));

  /** Custom resources the chart may render (Prometheus Operator, KEDA). */
  static final List<String> CUSTOM = List.of(
      "monitoring.coreos.com/v1/ServiceMonitor",
      "monitoring.coreos.com/v1/PrometheusRule",
      "keda.sh/v1alpha1/ScaledObject");

  private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
      .build();

  private static final ObjectMapper MODEL = JsonMapper.builder()
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .build();

  private final List<HasMetadata> objects;

  private Manifests(List<HasMetadata> objects) {
    this.objects = objects;
  }

  /** Splits {@code helm template} output and loads every document; fails on the first one that does not fit. */
  static Manifests load(String rendered) {
    var objects = new ArrayList<HasMetadata>();
    for (JsonNode document : documents(rendered)) {
      objects.add(typed(document));
    }
    return new Manifests(objects);
  }

  static List<JsonNode> documents(String yaml) {
    try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
      return values.readAll().stream().filter(node -> node != null && !node.isNull() && !node.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Rendered output is not valid YAML", e);
    }
  }

  static JsonNode yaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<HasMetadata> all() {
    return objects;
  }

  <T extends HasMetadata> List<T> ofType(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  List<GenericKubernetesResource> custom(String kind) {
    return ofType(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).toList();
  }

  <T extends HasMetadata> T named(Class<T> type, String name) {
    return ofType(type).stream()
        .filter(object -> object.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " named " + name));
  }

  private static HasMetadata typed(JsonNode document) {
    String apiVersion = document.path("apiVersion").asText();
    String kind = document.path("kind").asText();
    String name = document.path("metadata").path("name").asText();
    String id = apiVersion + "/" + kind;
    if (name.isEmpty()) {
      throw new AssertionError(id + " without metadata.name:\n" + document.toPrettyString());
    }
    try {
      Class<? extends HasMetadata> type = TYPED.get(id);
      if (type != null) {
        HasMetadata object = MODEL.treeToValue(document, type);
        ModelStrictness.requireNoUnknownFields(object, id + " " + name);
        return object;
      }
      if (CUSTOM.contains(id)) {
        CustomResourceShape.check(id + " " + name, kind, document.path("spec"));
        return MODEL.treeToValue(document, GenericKubernetesResource.class);
      }
    } catch (IOException e) {
      throw new AssertionError(id + " " + name + " does not fit the Kubernetes model: " + e.getMessage(), e);
    }
    throw new AssertionError("Unexpected kind " + id + " (" + name + "): add it to the typed or custom kinds");
  }

  /** The custom resource's spec as a tree, for structural checks. */
  static ObjectNode spec(GenericKubernetesResource resource) {
    return MODEL.valueToTree(resource.getAdditionalProperties().get("spec"));
  }
}
