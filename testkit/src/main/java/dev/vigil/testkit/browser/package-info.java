/** A real Chromium driven by Selenium, for the console's browser tests. */
@NullMarked
package dev.vigil.testkit.browser;

import org.jspecify.annotations.NullMarked;
