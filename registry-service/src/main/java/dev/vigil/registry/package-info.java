@NullMarked
package dev.vigil.registry;

import org.jspecify.annotations.NullMarked;
