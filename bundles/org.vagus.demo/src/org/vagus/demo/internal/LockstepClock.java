package org.vagus.demo.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.vagus.core.time.Clock;

/**
 * A simulated clock shared by a fixed number of threads that take turns, as in a discrete-event simulation: time
 * moves only when every taking part thread waits in {@link #sleepUntil(long)}, and then to the earliest deadline;
 * that thread alone is woken (on a tie, the one that {@link #register() registered} or first slept earlier), so at
 * any moment at most one of them runs and the interleaving depends on the deadlines only.
 * <p>
 * Why: the demo runs a session (the runner's thread) and the simulated ECG sensor (its own acquisition thread)
 * together faster than real time. On a {@link org.vagus.core.time.SimulatedClock} both would move the time as fast
 * as they compute, so the runner could run minutes ahead of the samples and the sensor's position at a 'Wrong'
 * feedback would depend on thread scheduling. Here the sensor, paced at speed 1 by this clock, stops at each block's
 * due time until the runner has caught up, the markers fall on the samples they belong to, and runs are
 * reproducible. A thread hands over only when its deadline is not the earliest, so the sensor runs block after
 * block without a thread switch between the runner's screens.
 * <p>
 * A thread interrupted while waiting leaves (the sensor being stopped): the remaining threads go on without it.
 * If the others wait for longer than {@link #STALL_SECONDS} of real time while a taking part thread neither waits
 * nor leaves (a sensor thread that died), {@link #sleepUntil} fails instead of hanging.
 */
public final class LockstepClock implements Clock {
    /** Real seconds a waiting thread tolerates without any turn being taken before it gives up. */
    static final long STALL_SECONDS = 60;

    private final Object lock = new Object();
    private final List<Thread> order = new ArrayList<>();
    private final Map<Thread, Long> sleepers = new LinkedHashMap<>();
    private int parties;
    private long now;
    private long turns;

    /**
     * @param parties how many threads take part (the runner's and the sensor's: 2)
     * @param startNanos the time at start
     */
    public LockstepClock(int parties, long startNanos) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties: " + parties + ", expected at least 1");
        }
        this.parties = parties;
        this.now = startNanos;
    }

    /** Registers the calling thread ahead of threads that have not slept yet: it wins ties against them. */
    public void register() {
        synchronized (lock) {
            Thread me = Thread.currentThread();
            if (!order.contains(me)) {
                order.add(me);
            }
        }
    }

    @Override
    public long nanoTime() {
        synchronized (lock) {
            return now;
        }
    }

    @Override
    public void sleepUntil(long deadline) throws InterruptedException {
        synchronized (lock) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            Thread me = Thread.currentThread();
            if (!order.contains(me)) {
                order.add(me);
            }
            sleepers.put(me, deadline);
            dispatch();
            long seen = turns;
            long stallSince = System.nanoTime();
            while (sleepers.containsKey(me)) {
                try {
                    lock.wait(1000);
                } catch (InterruptedException e) {
                    leave(me);
                    throw e;
                }
                if (turns != seen) {
                    seen = turns;
                    stallSince = System.nanoTime();
                } else if (sleepers.containsKey(me)
                        && System.nanoTime() - stallSince > TimeUnit.SECONDS.toNanos(STALL_SECONDS)) {
                    leave(me);
                    throw new IllegalStateException("lockstep clock stalled at " + now + " ns: " + sleepers.size()
                            + " of " + parties + " threads wait, the others neither wait nor ended");
                }
            }
        }
    }

    /** The calling thread takes no further part (it ends without sleeping again). */
    public void leave() {
        synchronized (lock) {
            leave(Thread.currentThread());
        }
    }

    private void leave(Thread t) {
        sleepers.remove(t);
        if (order.remove(t)) {
            parties--;
        } else {
            parties = Math.max(0, parties - 1);
        }
        dispatch();
    }

    /** When every thread waits, wakes the one with the earliest deadline (ties: registration order). */
    private void dispatch() {
        if (sleepers.isEmpty() || sleepers.size() < parties) {
            return;
        }
        Thread next = null;
        long best = 0;
        for (Thread t : order) {
            Long d = sleepers.get(t);
            if (d != null && (next == null || d - best < 0)) {
                next = t;
                best = d;
            }
        }
        if (next == null) {
            return;
        }
        if (best - now > 0) {
            now = best;
        }
        sleepers.remove(next);
        turns++;
        lock.notifyAll();
    }

    @Override
    public String toString() {
        return "LockstepClock[" + nanoTime() + " ns]";
    }
}
