@NullMarked
package dev.vigil.testkit.demo;

import org.jspecify.annotations.NullMarked;
