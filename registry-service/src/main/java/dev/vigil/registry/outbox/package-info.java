@NullMarked
package dev.vigil.registry.outbox;

import org.jspecify.annotations.NullMarked;
