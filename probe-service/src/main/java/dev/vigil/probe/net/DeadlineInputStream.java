package dev.vigil.probe.net;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/**
 * Reads a socket with the probe's remaining time as the timeout of every read, so a server that trickles bytes
 * cannot stretch a probe past its timeout the way a fixed per-read timeout would allow.
 */
public final class DeadlineInputStream extends InputStream {

    private final Socket socket;
    private final InputStream in;
    private final Deadline deadline;

    public DeadlineInputStream(Socket socket, Deadline deadline) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        socket.setSoTimeout(deadline.remainingMillis());
        return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        socket.setSoTimeout(deadline.remainingMillis());
        return in.read(buffer, offset, length);
    }
}
