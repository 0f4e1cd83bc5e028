@NullMarked
package dev.vigil.testkit.http;

import org.jspecify.annotations.NullMarked;
