package dev.vigil.bench.console;

import java.util.List;

/**
 * One way of asking for an overview page: the registry's API alone, or the console's whole page in Chromium, and
 * the processes whose CPU it costs.
 *
 * @param query the API's query string, or the console page's
 * @param servers the processes (by service name) that do the work for one page
 */
record OverviewVariant(String name, String query, boolean inBrowser, List<String> servers) {

    static final List<String> API_SERVERS = List.of("registry-service", "postgresql");
    static final List<String> PAGE_SERVERS = List.of("console", "gateway", "registry-service", "postgresql");

    static List<OverviewVariant> all(int monitors) {
        return List.of(
                new OverviewVariant("api: first page of 100", "size=100", false, API_SERVERS),
                new OverviewVariant("api: last page of 100", "size=100&page=" + (monitors / 100 - 1), false,
                        API_SERVERS),
                new OverviewVariant("api: name filter", "size=100&name=bench-12", false, API_SERVERS),
                new OverviewVariant("api: in maintenance (reads all)", "size=100&state=maintenance", false,
                        API_SERVERS),
                new OverviewVariant("console: overview page in Chromium", "", true, PAGE_SERVERS),
                new OverviewVariant("console: page 5 filtered by state", "state=up&page=4", true, PAGE_SERVERS));
    }
}
