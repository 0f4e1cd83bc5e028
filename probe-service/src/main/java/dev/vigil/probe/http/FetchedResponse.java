package dev.vigil.probe.http;

import dev.vigil.contracts.probe.CertificateInfo;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The final answer of an http check, after any redirects, with the certificate of its https connection. */
public record FetchedResponse(int status, byte[] body, Optional<String> contentType,
        @Nullable CertificateInfo certificate) {

    private static final String CHARSET = "charset=";

    /** The body as text in the charset the server declared, UTF-8 when it declared none we know. */
    public String text() {
        return new String(body, charset());
    }

    private Charset charset() {
        String type = contentType.orElse("").toLowerCase(Locale.ROOT);
        int at = type.indexOf(CHARSET);
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        String name = type.substring(at + CHARSET.length()).split("[;\\s]", 2)[0].replace("\"", "");
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
