@NullMarked
package dev.vigil.console.manage;

import org.jspecify.annotations.NullMarked;
