/** The notifier: turns alerts into email and signed webhooks, once per alert and channel. */
@NullMarked
package dev.vigil.notifier;

import org.jspecify.annotations.NullMarked;
