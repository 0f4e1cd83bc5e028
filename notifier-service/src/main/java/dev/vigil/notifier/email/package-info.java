/** Alert mail over SMTP: templates for text and HTML, and which SMTP failures are worth retrying. */
@NullMarked
package dev.vigil.notifier.email;

import org.jspecify.annotations.NullMarked;
