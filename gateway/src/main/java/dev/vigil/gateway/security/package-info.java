@NullMarked
package dev.vigil.gateway.security;

import org.jspecify.annotations.NullMarked;
