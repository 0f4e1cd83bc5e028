@NullMarked
package dev.vigil.contracts.schema;

import org.jspecify.annotations.NullMarked;
