package dev.vigil.contracts.secret;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Shortens URLs to what is safe to log or show: a target's userinfo and query string often carry credentials (basic
 * auth, API keys, signed tokens), and a chat webhook's path is itself the credential.
 */
public final class Redaction {

  /** What replaces a secret part of a value shown to a client. */
  public static final String MASK = "********";

  private static final Pattern USERINFO = Pattern.compile("(?<=//)[^/?#@]*@");
  private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");
  private static final String PATH_SEPARATOR = "/";

  private Redaction() {
  }

  /** The URL without userinfo, query string and fragment; scheme, host, port and path stay, for diagnosis. */
  public static String url(String url) {
    try {
      URI uri = new URI(url);
      if (uri.isOpaque() || uri.getRawAuthority() == null) {
        return textually(url);
      }
      String host = uri.getHost() != null ? uri.getHost() : "";
      String port = uri.getPort() >= 0 ? ":" + uri.getPort() : "";
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      return uri.getScheme() + "://" + host + port + path;
    } catch (URISyntaxException malformed) {
      return textually(url);
    }
  }

  /**
   * A webhook URL whose path is the credential (Slack, Teams), as clients see it: scheme, host and the first path
   * segment, which names the kind of hook, then a mask; still an absolute http URL.
   */
  public static String maskedPath(String url) {
    String shortened = url(url);
    int pathStart = shortened.indexOf(PATH_SEPARATOR, shortened.indexOf("//") + 2);
    if (pathStart < 0) {
      return shortened + PATH_SEPARATOR + MASK;
    }
    int secondSegment = shortened.indexOf(PATH_SEPARATOR, pathStart + 1);
    String kept = secondSegment < 0 ? shortened.substring(0, pathStart) : shortened.substring(0, secondSegment);
    return kept + PATH_SEPARATOR + MASK;
  }

  /** For text no URI parser accepts: cut at the first ? or #, and drop whatever precedes an @ in the authority. */
  private static String textually(String url) {
    String withoutQuery = QUERY_OR_FRAGMENT.matcher(url).replaceFirst("");
    return USERINFO.matcher(withoutQuery).replaceFirst("");
  }
}
