package dev.vigil.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The repository these tests check, and the facts the root pom states about it (services, images, versions). */
final class Repository {

  private static final Path ROOT = locate();

  private Repository() {
  }

  static Path root() {
    return ROOT;
  }

  static Path file(String relative) {
    return ROOT.resolve(relative);
  }

  /** The deployable services: the root pom's modules whose own pom declares the Jib plugin. */
  static List<String> services() {
    return modules().stream()
        .filter(module -> read(file(module + "/pom.xml")).contains("<artifactId>jib-maven-plugin</artifactId>"))
        .toList();
  }

  static List<String> modules() {
    Element modules = (Element) rootPom().getElementsByTagName("modules").item(0);
    return Stream.iterate(modules.getFirstChild(), node -> node != null, Node::getNextSibling)
        .filter(node -> node instanceof Element element && element.getTagName().equals("module"))
        .map(Node::getTextContent)
        .map(String::trim)
        .toList();
  }

  /** A property of the root pom, as written there (no interpolation). */
  static String rootPomProperty(String name) {
    Element properties = (Element) rootPom().getElementsByTagName("properties").item(0);
    var values = properties.getElementsByTagName(name);
    if (values.getLength() == 0) {
      throw new IllegalStateException("The root pom has no property " + name);
    }
    return values.item(0).getTextContent().trim();
  }

  /** The image registry and tag the build gives images; surefire hands them over from the interpolated pom. */
  static String imageRegistry() {
    return System.getProperty("vigil.image.registry", rootPomProperty("vigil.image.registry"));
  }

  static String imageTag() {
    return System.getProperty("vigil.image.tag", projectVersion());
  }

  static String projectVersion() {
    Element project = rootPom().getDocumentElement();
    return Stream.iterate(project.getFirstChild(), node -> node != null, Node::getNextSibling)
        .filter(node -> node instanceof Element element && element.getTagName().equals("version"))
        .map(node -> node.getTextContent().trim())
        .findFirst()
        .orElseThrow();
  }

  static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Document rootPom() {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file("pom.xml").toFile());
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read the root pom", e);
    }
  }

  private static Path locate() {
    String configured = System.getProperty("vigil.repository");
    Path start = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("").toAbsolutePath();
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isExecutable(dir.resolve(".ci/helm")) && Files.isDirectory(dir.resolve("helm/vigil"))) {
        return dir;
      }
    }
    throw new IllegalStateException("No Vigil repository (with .ci/helm and helm/vigil) at or above " + start);
  }
}
