package dev.vigil.probe.http;

import dev.vigil.contracts.probe.ProbeErrorKind;
import dev.vigil.probe.net.ProbeFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;

/** Reads a response body framed by Content-Length, chunked encoding or connection close, never past a limit. */
final class BodyReader {

    private static final int BUFFER_BYTES = 8 * 1024;
    private static final int HEX = 16;
    private static final int MAX_CHUNK_LINE_BYTES = 1024;

    private final InputStream in;
    private final int limit;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private BodyReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    static byte[] read(InputStream in, ResponseHead head, int limit) throws IOException, ProbeFailure {
        var reader = new BodyReader(in, limit);
        if (head.chunked()) {
            reader.readChunks();
        } else {
            long length = contentLength(head);
            reader.requireWithinLimit(length);
            reader.copy(length);
        }
        return reader.body.toByteArray();
    }

    private static long contentLength(ResponseHead head) throws ProtocolException {
        String value = head.header("content-length").orElse(null);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException malformed) {
            throw new ProtocolException("malformed Content-Length: " + value);
        }
    }

    private void readChunks() throws IOException, ProbeFailure {
        var budget = new int[] {MAX_CHUNK_LINE_BYTES};
        for (long size = chunkSize(budget); size > 0; size = chunkSize(budget)) {
            requireWithinLimit(body.size() + size);
            copy(size);
            HeadReader.line(in, budget);
            budget[0] = MAX_CHUNK_LINE_BYTES;
        }
        while (!HeadReader.line(in, budget).isEmpty()) {
            budget[0] = MAX_CHUNK_LINE_BYTES;
        }
    }

    private long chunkSize(int[] budget) throws IOException {
        String line = HeadReader.line(in, budget);
        int extension = line.indexOf(';');
        String size = (extension < 0 ? line : line.substring(0, extension)).trim();
        try {
            return Long.parseLong(size, HEX);
        } catch (NumberFormatException malformed) {
            throw new ProtocolException("malformed chunk size: " + line);
        }
    }

    /** Copies {@code length} bytes, or up to the end of the stream when the length is unknown (-1). */
    private void copy(long length) throws IOException, ProbeFailure {
        var buffer = new byte[BUFFER_BYTES];
        long left = length;
        while (length < 0 || left > 0) {
            int wanted = length < 0 ? buffer.length : (int) Math.min(buffer.length, left);
            int read = in.read(buffer, 0, wanted);
            if (read == -1) {
                if (length < 0) {
                    return;
                }
                throw new ProtocolException("connection closed " + left + " bytes before the end of the body");
            }
            requireWithinLimit(body.size() + read);
            body.write(buffer, 0, read);
            left -= read;
        }
    }

    private void requireWithinLimit(long size) throws ProbeFailure {
        if (size > limit) {
            throw new ProbeFailure(ProbeErrorKind.BODY_TOO_LARGE,
                    "response body larger than the limit of " + limit + " bytes", null);
        }
    }
}
