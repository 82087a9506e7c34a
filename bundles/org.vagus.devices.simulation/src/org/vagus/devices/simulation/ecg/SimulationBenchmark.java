package org.vagus.devices.simulation.ecg;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast the simulator makes ECG: seconds of signal per second of CPU time on one thread (the "x real time"
 * factor), for the fast RK4 and for Commons Math's integrator, then the wall time of a demo-sized batch (77
 * sessions of 10 min at 1000 Hz by default) on all cores.
 *
 * <pre>
 * java -cp ... org.vagus.devices.simulation.ecg.SimulationBenchmark [--rate HZ] [--seconds S] [--runs N]
 *         [--sessions N] [--threads T]
 * </pre>
 *
 * Each run simulates {@code --seconds} (600) of ECG with a new seed, in blocks of 20 ms as a sensor would; the
 * first run warms the JIT and is not counted. The median of the timed runs is printed.
 *
 * @since 0.1.0
 */
public final class SimulationBenchmark {

    /**
     * One measurement.
     *
     * @param integrator the integrator measured
     * @param rateHz the output rate
     * @param signalSeconds seconds of signal per run
     * @param cpuSeconds CPU seconds of each timed run, sorted
     */
    public record Result(EcgsynParameters.Integrator integrator, double rateHz, double signalSeconds,
            double[] cpuSeconds) {
        /** The median CPU seconds per run. */
        public double medianCpuSeconds() {
            double[] s = cpuSeconds.clone();
            Arrays.sort(s);
            int n = s.length;
            return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
        }

        /** Seconds of signal per CPU second (median run). */
        public double timesRealTime() {
            return signalSeconds / medianCpuSeconds();
        }
    }

    private SimulationBenchmark() {
    }

    /**
     * Times {@code runs} simulations of {@code seconds} each (after one untimed warm-up run) on the calling thread.
     */
    public static Result measure(EcgsynParameters.Integrator integrator, double rateHz, double seconds, int runs) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] cpu = new double[runs];
        for (int r = -1; r < runs; r++) {
            long t0 = cpuNanos(mx);
            simulate(integrator, rateHz, seconds, 1000 + r);
            long t1 = cpuNanos(mx);
            if (r >= 0) {
                cpu[r] = (t1 - t0) / 1e9;
            }
        }
        Arrays.sort(cpu);
        return new Result(integrator, rateHz, seconds, cpu);
    }

    private static long cpuNanos(ThreadMXBean mx) {
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** One session: {@code seconds} of ECG in 20 ms blocks; returns the number of true beats (so nothing is dead code). */
    static int simulate(EcgsynParameters.Integrator integrator, double rateHz, double seconds, long seed) {
        EcgsynParameters p = EcgsynParameters.builder().rateHz(rateHz).integrator(integrator).seed(seed).build();
        EcgSimulator s = new EcgSimulator(p);
        int block = Math.max(1, (int) Math.round(0.02 * rateHz));
        double[] buffer = new double[block];
        long total = Math.round(seconds * rateHz);
        // a few responses, as a paradigm would trigger them
        for (int e = 0; e < 13; e++) {
            s.schedule(Math.round((30 + 27 * e) * rateHz) % Math.max(1, total),
                    new HeartRateResponse(3, 0.2, 1, 3));
        }
        for (long done = 0; done < total; done += block) {
            s.next(buffer, 0, (int) Math.min(block, total - done));
        }
        return s.beatCount();
    }

    /** Simulates {@code sessions} sessions of {@code seconds} on {@code threads} threads; returns the wall seconds. */
    public static double batchWallSeconds(double rateHz, double seconds, int sessions, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                long seed = 5000 + i;
                done.add(pool.submit(() -> simulate(EcgsynParameters.Integrator.RUNGE_KUTTA_4, rateHz, seconds, seed)));
            }
            for (Future<Integer> f : done) {
                f.get();
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    public static void main(String[] args) throws Exception {
        double rate = 1000;
        double seconds = 600;
        int runs = 5;
        int sessions = 77;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--sessions" -> sessions = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: SimulationBenchmark [--rate HZ] [--seconds S] [--runs N] "
                            + "[--sessions N] [--threads T]");
                    System.exit(2);
                }
            }
        }
        System.out.printf(Locale.ROOT, "ECGSYN simulation, %.0f Hz output, %.0f s per run, Java %s, %d cores%n", rate,
                seconds, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        Result fast = measure(EcgsynParameters.Integrator.RUNGE_KUTTA_4, rate, seconds, runs);
        print(fast);
        Result cm = measure(EcgsynParameters.Integrator.COMMONS_MATH_RUNGE_KUTTA_4, rate, Math.min(seconds, 120),
                Math.min(runs, 3));
        print(cm);
        System.out.printf(Locale.ROOT, "fast RK4 / Commons Math: %.1f times faster%n",
                fast.timesRealTime() / cm.timesRealTime());
        double wall = batchWallSeconds(rate, seconds, sessions, threads);
        System.out.printf(Locale.ROOT, "batch: %d sessions x %.0f s on %d threads: %.1f s wall (%.0f x real time)%n",
                sessions, seconds, threads, wall, sessions * seconds / wall);
    }

    private static void print(Result r) {
        System.out.printf(Locale.ROOT, "%-27s %8.0f x real time (median CPU %.3f s per %.0f s; runs %s)%n",
                r.integrator(), r.timesRealTime(), r.medianCpuSeconds(), r.signalSeconds(),
                Arrays.toString(Arrays.stream(r.cpuSeconds()).map(v -> Math.round(v * 1000) / 1000.0).toArray()));
    }
}
