/** The notifier's own view of the channels topic, secrets unsealed on use, and channels switched off after a 410. */
@NullMarked
package dev.vigil.notifier.channel;

import org.jspecify.annotations.NullMarked;
