package dev.vigil.registry.readmodel;

import java.util.List;

/** One page of the overview, shaped like the other list endpoints' pages. */
record OverviewPage(List<OverviewRow> items, int page, int size, long totalElements) {
}
