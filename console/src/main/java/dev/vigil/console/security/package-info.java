@NullMarked
package dev.vigil.console.security;

import org.jspecify.annotations.NullMarked;
