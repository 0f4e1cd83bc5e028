/**
 * The dashboard's read model: status, stats, incidents, alert and delivery history consumed from analytics' and the
 * notifier's topics into tables, the tenant-scoped endpoints that serve them, and the retention purge.
 */
@NullMarked
package dev.vigil.registry.readmodel;

import org.jspecify.annotations.NullMarked;
