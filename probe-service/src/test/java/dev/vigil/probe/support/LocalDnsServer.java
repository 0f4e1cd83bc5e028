package dev.vigil.probe.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

/** A real UDP DNS server on 127.0.0.1 answering from a fixed zone; names it does not know get NXDOMAIN. */
public final class LocalDnsServer implements AutoCloseable {

    private static final int MAX_UDP_MESSAGE = 512;

    private final DatagramSocket socket;
    private final Map<Name, List<Record>> zone = new ConcurrentHashMap<>();
    private final Thread responder;

    public LocalDnsServer() {
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        responder = Thread.ofVirtual().name("test-dns").start(this::serve);
    }

    public LocalDnsServer add(Record record) {
        zone.computeIfAbsent(record.getName(), name -> new CopyOnWriteArrayList<>()).add(record);
        return this;
    }

    /** {@code 127.0.0.1:port}, as {@code vigil.probe.dns.resolver} takes it. */
    public String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    private void serve() {
        var buffer = new byte[MAX_UDP_MESSAGE];
        while (!socket.isClosed()) {
            try {
                var packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                byte[] answer = answer(new Message(Arrays.copyOf(packet.getData(), packet.getLength())));
                socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private byte[] answer(Message query) {
        Record question = query.getQuestion();
        var response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        response.addRecord(question, Section.QUESTION);
        List<Record> records = zone.get(question.getName());
        if (records == null) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        } else {
            records.stream().filter(record -> record.getType() == question.getType())
                    .forEach(record -> response.addRecord(record, Section.ANSWER));
        }
        return response.toWire(MAX_UDP_MESSAGE);
    }

    @Override
    public void close() {
        socket.close();
        responder.interrupt();
    }
}
