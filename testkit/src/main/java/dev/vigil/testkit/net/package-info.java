/** Network faults between a service and a real server: a TCP proxy that a test can cut and restore. */
@NullMarked
package dev.vigil.testkit.net;

import org.jspecify.annotations.NullMarked;
