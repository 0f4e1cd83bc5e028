@NullMarked
package dev.vigil.registry.tenant;

import org.jspecify.annotations.NullMarked;
