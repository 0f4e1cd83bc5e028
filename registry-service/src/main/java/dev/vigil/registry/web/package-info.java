@NullMarked
package dev.vigil.registry.web;

import org.jspecify.annotations.NullMarked;
