package org.vagus.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.demo.internal.LockstepClock;

/** Two threads on the lockstep clock take turns by deadline, whatever the thread scheduling. */
class LockstepClockTest {

    @Test
    void threadsRunInDeadlineOrderAndTimeNeverPassesAWaiter() throws Exception {
        for (int repeat = 0; repeat < 5; repeat++) {
            LockstepClock clock = new LockstepClock(2, 0);
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            clock.register();
            Thread fast = new Thread(() -> {
                try {
                    for (long t = 30; t <= 300; t += 30) {
                        clock.sleepUntil(t);
                        log.add("s" + clock.nanoTime());
                    }
                    clock.leave();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            fast.start();
            for (long t = 100; t <= 300; t += 100) {
                clock.sleepUntil(t);
                log.add("r" + clock.nanoTime());
            }
            clock.leave();
            fast.join();
            // expected by hand: the sensor-like thread at 30, 60, 90, the runner at 100 (registered first, so it
            // wins the ties at 300 too, but 120 < 200 and so on)
            assertEquals(List.of("s30", "s60", "s90", "r100", "s120", "s150", "s180", "r200", "s210", "s240", "s270",
                    "r300", "s300"), log);
        }
    }

    @Test
    void anInterruptedWaiterLeavesAndTheOtherGoesOn() throws Exception {
        LockstepClock clock = new LockstepClock(2, 0);
        clock.register();
        Thread other = new Thread(() -> {
            try {
                clock.sleepUntil(1_000_000);
            } catch (InterruptedException e) {
                // expected: it leaves
            }
        });
        other.start();
        clock.sleepUntil(10);
        assertEquals(10, clock.nanoTime());
        other.interrupt();
        other.join();
        clock.sleepUntil(500);
        assertEquals(500, clock.nanoTime());
    }
}
