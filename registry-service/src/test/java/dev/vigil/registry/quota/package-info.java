@NullMarked
package dev.vigil.registry.quota;

import org.jspecify.annotations.NullMarked;
