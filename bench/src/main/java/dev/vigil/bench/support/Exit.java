package dev.vigil.bench.support;

/**
 * Ends the benchmark JVM once its body returns or fails: the embedded broker's threads are not daemons, so a failed
 * benchmark would otherwise keep running (and loading the machine) after it has printed its error.
 */
public final class Exit {

    private Exit() {
    }

    /** A benchmark body that may throw anything. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    public static void after(Body body) {
        int status = 0;
        try {
            body.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }
}
