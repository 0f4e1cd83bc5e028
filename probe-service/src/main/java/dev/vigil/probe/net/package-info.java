/** Reaching a target over the network: one guarded DNS lookup, a connect to exactly the addresses it allowed, TLS. */
@NullMarked
package dev.vigil.probe.net;

import org.jspecify.annotations.NullMarked;
