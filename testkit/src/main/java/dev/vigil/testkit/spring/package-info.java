@NullMarked
package dev.vigil.testkit.spring;

import org.jspecify.annotations.NullMarked;
