@NullMarked
package dev.vigil.registry.security;

import org.jspecify.annotations.NullMarked;
