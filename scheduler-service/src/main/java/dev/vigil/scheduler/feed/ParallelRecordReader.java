package dev.vigil.scheduler.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads the records of one poll on several threads. Decoding JSON is most of the work of a rebuild, and on the feed
 * thread alone a million monitors kept one core busy for many seconds while the others idled. Each thread reads one
 * contiguous slice and the results come back in poll order, so what the feed applies is unchanged.
 */
final class ParallelRecordReader implements AutoCloseable {

    /** Below this many records a slice costs more to hand over than it takes to read (a steady-state poll). */
    private static final int MIN_SLICE = 64;

    private final MonitorRecordReader reader = new MonitorRecordReader();
    private final int threads;
    private final ExecutorService helpers = Executors.newVirtualThreadPerTaskExecutor();

    ParallelRecordReader(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    List<MonitorRecord> readAll(List<ConsumerRecord<byte[], byte[]>> records) {
        int slices = Math.min(threads, records.size() / MIN_SLICE);
        if (slices <= 1) {
            return records.stream().map(reader::read).toList();
        }
        var read = new MonitorRecord[records.size()];
        int sliceSize = Math.ceilDiv(records.size(), slices);
        List<Future<?>> others = new ArrayList<>(slices - 1);
        for (int from = sliceSize; from < records.size(); from += sliceSize) {
            int start = from;
            others.add(helpers.submit(() -> readSlice(records, read, start, Math.min(start + sliceSize, records.size()))));
        }
        readSlice(records, read, 0, sliceSize);
        others.forEach(ParallelRecordReader::await);
        return Arrays.asList(read);
    }

    @Override
    public void close() {
        helpers.close();
    }

    private void readSlice(List<ConsumerRecord<byte[], byte[]>> records, MonitorRecord[] read, int from, int to) {
        for (int i = from; i < to; i++) {
            read[i] = reader.read(records.get(i));
        }
    }

    private static void await(Future<?> slice) {
        try {
            slice.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading monitor records failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading monitor records", e);
        }
    }
}
