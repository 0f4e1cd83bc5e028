package dev.vigil.bench.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads a service's own counters from its Prometheus endpoint, the same figures an operator would graph. */
public final class Scrape {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private Scrape() {
    }

    /** The sum of every series of the metric (all tags), or empty while the service does not answer. */
    public static OptionalDouble sum(int port, String metric) {
        return sumOf(text(port, ""), metric);
    }

    /**
     * As {@link #sum}, but the service writes only this metric ({@code includedNames}): polling the whole exposition
     * every 100 ms while timing a service costs that service a noticeable share of its CPU. Only for metrics whose
     * exposed name is {@code metric} itself, such as gauges (a counter's is {@code metric_total}).
     */
    public static OptionalDouble onlyOne(int port, String metric) {
        return sumOf(text(port, "?includedNames=" + metric), metric);
    }

    private static OptionalDouble sumOf(Optional<String> text, String metric) {
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        boolean found = false;
        for (String line : text.get().split("\n")) {
            if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            }
        }
        return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    /** The whole Prometheus exposition of the service, or empty while it does not answer. */
    public static Optional<String> text(int port) {
        return text(port, "");
    }

    private static Optional<String> text(int port, String query) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus" + query))
                    .timeout(TIMEOUT).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** A port free on the loopback interface right now (ephemeral range, far from the ports the team uses). */
    public static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
