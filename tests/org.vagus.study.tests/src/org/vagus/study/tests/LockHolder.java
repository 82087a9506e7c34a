package org.vagus.study.tests;

import java.nio.file.Path;

import org.vagus.study.StudyFolder;

/**
 * Run in a separate JVM by {@link StudyLockTest}: opens the study given as argument for writing, prints
 * {@code LOCKED}, and holds the lock until its standard input closes (or it is killed).
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (StudyFolder folder = StudyFolder.open(Path.of(args[0]))) {
            System.out.println(folder.isReadOnly() ? "READ-ONLY" : "LOCKED");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the parent closes our input
            }
        }
    }
}
