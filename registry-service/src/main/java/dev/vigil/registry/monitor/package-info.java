@NullMarked
package dev.vigil.registry.monitor;

import org.jspecify.annotations.NullMarked;
