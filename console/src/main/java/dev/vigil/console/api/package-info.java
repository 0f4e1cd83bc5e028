@NullMarked
package dev.vigil.console.api;

import org.jspecify.annotations.NullMarked;
