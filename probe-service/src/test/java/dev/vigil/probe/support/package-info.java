/** Real local servers and ready-made checks for the probe tests. */
@NullMarked
package dev.vigil.probe.support;

import org.jspecify.annotations.NullMarked;
