@NullMarked
package dev.vigil.testkit.mail;

import org.jspecify.annotations.NullMarked;
