package org.vagus.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.core.VagusInfo;
import org.vagus.core.model.Participant;
import org.vagus.study.StudyFolder;
import org.vagus.study.StudyLock;
import org.vagus.study.StudyLockedException;

import com.google.gson.Gson;

class StudyLockTest {
    @TempDir
    Path root;
    Path dir;

    @BeforeEach
    void createStudy() throws IOException {
        dir = root.resolve("study");
        StudyFolder.create(dir, "Locked").close();
    }

    @Test
    void secondWriterInSameJvmIsRefusedWithHolderNamedUntilClose() throws IOException {
        String pid = Long.toString(ProcessHandle.current().pid());
        try (StudyFolder first = StudyFolder.open(dir)) {
            StudyLockedException e = assertThrows(StudyLockedException.class, () -> StudyFolder.open(dir));
            assertTrue(e.getMessage().contains("pid " + pid + " on host "), e.getMessage());
            assertTrue(e.getMessage().startsWith("study " + first.directory() + " is open for writing by"), e.getMessage());
            assertTrue(Files.readString(dir.resolve(StudyLock.LOCK_FILE)).contains("pid " + pid));
            try (StudyFolder reader = StudyFolder.openReadOnly(dir)) {
                assertEquals("Locked", reader.study().name());
            }
            first.addParticipant(Participant.of("01"));
        }
        assertEquals("", Files.readString(dir.resolve(StudyLock.LOCK_FILE)), "holder text must be cleared on close");
        StudyFolder again = StudyFolder.open(dir);
        assertEquals(1, again.study().participants().size());
        again.close();
        again.close();
        IllegalStateException closed = assertThrows(IllegalStateException.class,
                () -> again.addParticipant(Participant.of("02")));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    }

    @Test
    void staleLockFileFromCrashedProcessDoesNotBlock() throws IOException {
        Files.writeString(dir.resolve(StudyLock.LOCK_FILE), "holder=Vagus 0.0.1 (pid 999999 on host ghost since 2020-01-01T00:00:00Z)\n");
        try (StudyFolder folder = StudyFolder.open(dir)) {
            assertFalse(folder.isReadOnly());
            String text = Files.readString(dir.resolve(StudyLock.LOCK_FILE));
            assertFalse(text.contains("ghost"), text);
            assertTrue(text.contains("pid " + ProcessHandle.current().pid()), text);
        }
    }

    /**
     * A lock taken on the lock file by other code in this JVM (not through StudyLock) gives the same error. Note:
     * on POSIX systems the refused attempt closes its own channel, which may drop that foreign lock at the OS
     * level; StudyLock avoids this for its own locks by checking its in-JVM table before touching the file.
     */
    @Test
    void foreignChannelLockInSameJvmIsReportedAsLocked() throws IOException {
        try (FileChannel channel = FileChannel.open(dir.resolve(StudyLock.LOCK_FILE), StandardOpenOption.WRITE);
                FileLock lock = channel.lock(0, Long.MAX_VALUE, false)) {
            StudyLockedException e = assertThrows(StudyLockedException.class, () -> StudyFolder.open(dir));
            assertTrue(e.getMessage().contains("this Vagus process"), e.getMessage());
            assertTrue(lock.isValid());
        }
        StudyFolder.open(dir).close();
    }

    @Test
    void lockHeldByAnotherProcessNamesItAndIsReleasedWhenItExits() throws Exception {
        Process child = startLockHolder();
        try {
            StudyLockedException e = assertThrows(StudyLockedException.class, () -> StudyFolder.open(dir));
            assertTrue(e.getMessage().contains("pid " + child.pid() + " on host "), e.getMessage());
            assertTrue(e.getMessage().contains(VagusInfo.nameAndVersion()), e.getMessage());
            child.getOutputStream().close();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "lock holder did not exit");
            assertEquals(0, child.exitValue());
            StudyFolder.open(dir).close();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void lockOfKilledProcessVanishes() throws Exception {
        Process child = startLockHolder();
        try {
            assertThrows(StudyLockedException.class, () -> StudyFolder.open(dir));
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "lock holder did not die");
            try (StudyFolder folder = StudyFolder.open(dir)) {
                assertFalse(folder.isReadOnly());
            }
        } finally {
            child.destroyForcibly();
        }
    }

    /** Starts {@link LockHolder} in a new JVM and waits until it holds the lock. */
    private Process startLockHolder() throws Exception {
        String classpath = classpathOf(LockHolder.class, StudyFolder.class, VagusInfo.class, Gson.class);
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process child = new ProcessBuilder(java, "-cp", classpath, LockHolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String transcript = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line; (line = out.readLine()) != null;) {
                    seen.append(line).append('\n');
                    if (line.equals("LOCKED")) {
                        return "LOCKED";
                    }
                }
            } catch (IOException e) {
                seen.append(e);
            }
            return seen.toString();
        }).get(60, TimeUnit.SECONDS);
        if (!transcript.equals("LOCKED")) {
            child.destroyForcibly();
            throw new AssertionError("lock holder process failed:\n" + transcript);
        }
        return child;
    }

    /**
     * The class path entries holding these classes, from their code sources; in an OSGi test runtime a bundle
     * folder's output folder is looked up beneath it. Aborts the test (reported as skipped) where the runtime
     * hides the classes' locations; the same-JVM tests above still cover the lock then.
     */
    private static String classpathOf(Class<?>... classes) {
        List<String> entries = new ArrayList<>();
        for (Class<?> c : classes) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            Assumptions.assumeTrue(source != null && source.getLocation() != null, "no code source for " + c);
            Path location;
            try {
                location = Path.of(URI.create(source.getLocation().toString().replaceFirst("^reference:", "")));
            } catch (RuntimeException e) {
                Assumptions.abort("code source of " + c + " is not a file: " + source.getLocation());
                return null;
            }
            String resource = c.getName().replace('.', '/') + ".class";
            Path found = Files.isRegularFile(location) ? location : null;
            for (String sub : List.of("", "target/classes", "bin")) {
                if (found == null && Files.isRegularFile(location.resolve(sub).resolve(resource))) {
                    found = location.resolve(sub);
                }
            }
            Assumptions.assumeTrue(found != null, "cannot locate the class files of " + c + " under " + location);
            entries.add(found.toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
