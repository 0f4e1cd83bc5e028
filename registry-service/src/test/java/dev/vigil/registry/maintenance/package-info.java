@NullMarked
package dev.vigil.registry.maintenance;

import org.jspecify.annotations.NullMarked;
