package dev.vigil.probe.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses an HTTP/1.1 status line and headers, skipping interim 1xx answers; bounded, so a hostile server cannot make
 * a probe buffer without end.
 */
final class HeadReader {

    /** Generous for real servers (which cap at 8-16 KiB), small enough that no probe buffers megabytes of headers. */
    private static final int MAX_HEAD_BYTES = 64 * 1024;
    private static final int SWITCHING_PROTOCOLS = 101;
    private static final int FIRST_NON_INFORMATIONAL = 200;

    private HeadReader() {
    }

    static ResponseHead read(InputStream in) throws IOException {
        while (true) {
            ResponseHead head = readOne(in);
            if (head.status() >= FIRST_NON_INFORMATIONAL || head.status() == SWITCHING_PROTOCOLS) {
                return head;
            }
        }
    }

    private static ResponseHead readOne(InputStream in) throws IOException {
        var budget = new int[] {MAX_HEAD_BYTES};
        int status = status(line(in, budget));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(in, budget); !line.isEmpty(); line = line(in, budget)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ProtocolException("malformed header line: " + line);
            }
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        return new ResponseHead(status, headers);
    }

    private static int status(String statusLine) throws ProtocolException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new ProtocolException("not an HTTP/1.x status line: " + statusLine);
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException notANumber) {
            throw new ProtocolException("malformed status code: " + statusLine);
        }
    }

    static String line(InputStream in, int[] budget) throws IOException {
        var bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new ProtocolException("connection closed inside the response head");
            }
            if (--budget[0] < 0) {
                throw new ProtocolException("response head larger than " + MAX_HEAD_BYTES + " bytes");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
