@NullMarked
package dev.vigil.registry.api;

import org.jspecify.annotations.NullMarked;
