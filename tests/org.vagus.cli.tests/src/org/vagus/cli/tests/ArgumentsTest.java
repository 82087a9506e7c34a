package org.vagus.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vagus.cli.Arguments;
import org.vagus.cli.UsageException;

class ArgumentsTest {

    @Test
    void optionsFlagsAndPositionals() throws UsageException {
        Arguments a = Arguments.parse(List.of("create", "--name", "GAD study", "dir", "--force", "--runs=3"),
                Set.of("name", "runs"), Set.of("force"));
        assertEquals(List.of("create", "dir"), a.positional());
        assertEquals("GAD study", a.option("name", null));
        assertTrue(a.flag("force"));
        assertEquals(3, a.intOption("runs", 1, 1));
    }

    @Test
    void errorsNameTheOption() {
        UsageException unknown = assertThrows(UsageException.class,
                () -> Arguments.parse(List.of("--colour"), Set.of(), Set.of()));
        assertEquals("unknown option --colour", unknown.getMessage());
        UsageException missing = assertThrows(UsageException.class,
                () -> Arguments.parse(List.of("--name"), Set.of("name"), Set.of()));
        assertEquals("option --name needs a value", missing.getMessage());
        UsageException notInt = assertThrows(UsageException.class,
                () -> Arguments.parse(List.of("--runs", "x"), Set.of("runs"), Set.of()).intOption("runs", 1, 1));
        assertEquals("--runs expects an integer, got 'x'", notInt.getMessage());
    }

    @Test
    void doubleDashEndsOptions() throws UsageException {
        Arguments a = Arguments.parse(List.of("--", "--name"), Set.of("name"), Set.of());
        assertEquals(List.of("--name"), a.positional());
    }
}
