package org.vagus.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.report.table.Cell;
import org.vagus.report.table.DataTable;
import org.vagus.report.table.Delimited;
import org.vagus.report.table.Delimited.Format;

class DelimitedTest {
    /** Cells that need quoting in one format or the other, a full-precision number and a missing one. */
    static DataTable awkward() {
        return new DataTable("t", List.of("name", "value", "note"), List.of(
                List.of(Cell.text("a,b"), Cell.num(0.1 + 0.2, 2), Cell.text("say \"hi\"")),
                List.of(Cell.text("line\nbreak"), Cell.num(Double.NaN, 2), Cell.text("χ² — ok")),
                List.of(Cell.text("a\tb"), Cell.num(-2.0712, 2), Cell.text("cr\r\nlf"))), List.of("a note"));
    }

    @Test
    void csvQuotesAsRfc4180() {
        // python3: list(csv.reader(io.StringIO(s, newline=''))) gives [['name', 'value', 'note'],
        // ['a,b', '0.30000000000000004', 'say "hi"'], ['line\nbreak', '', 'χ² — ok'], ...]
        String expected = "name,value,note\r\n" + "\"a,b\",0.30000000000000004,\"say \"\"hi\"\"\"\r\n"
                + "\"line\nbreak\",,χ² — ok\r\n" + "a\tb,-2.0712,\"cr\r\nlf\"\r\n";
        assertEquals(expected, Delimited.write(awkward(), Format.CSV));
    }

    @Test
    void tsvQuotesTabsQuotesAndLineBreaks() {
        // python3 csv.reader(..., delimiter='\t') reads these fields back unchanged
        String expected = "name\tvalue\tnote\n" + "a,b\t0.30000000000000004\t\"say \"\"hi\"\"\"\n"
                + "\"line\nbreak\"\t\tχ² — ok\n" + "\"a\tb\"\t-2.0712\t\"cr\r\nlf\"\n";
        assertEquals(expected, Delimited.write(awkward(), Format.TSV));
    }

    @Test
    void bothFormatsRoundTrip() {
        DataTable t = awkward();
        List<List<String>> expected = new ArrayList<>();
        expected.add(t.columns());
        for (List<Cell> row : t.rows()) {
            expected.add(row.stream().map(Cell::exact).toList());
        }
        for (Format f : Format.values()) {
            String text = new String(Delimited.bytes(t, f, true), StandardCharsets.UTF_8);
            assertEquals(expected, Delimited.parse(text, f), f.name());
            assertEquals(0.1 + 0.2, Double.parseDouble(Delimited.parse(text, f).get(1).get(1)), 0,
                    "the number reads back exactly");
        }
    }

    @Test
    void byteOrderMarkOnlyWhenAsked() {
        byte[] with = Delimited.bytes(awkward(), Format.CSV, true);
        byte[] without = Delimited.bytes(awkward(), Format.CSV, false);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(with, 3));
        assertEquals('n', without[0]);
        assertEquals(with.length, without.length + 3);
    }

    @Test
    void numbersAreWrittenExactlyWithoutExponent() {
        assertEquals("0.30000000000000004", Cell.num(0.1 + 0.2, 2).exact());
        assertEquals("0.30", Cell.num(0.1 + 0.2, 2).display());
        assertEquals("0.00000000000000000001", Cell.num(1e-20, 3).exact());
        assertEquals("0.0000123456789", Cell.num(1.23456789e-5, 3).exact());
        assertEquals("37", Cell.num(37.0, 2).exact());
        assertEquals("15000000000", Cell.num(1.5e10, 0).exact());
        assertEquals("0", Cell.num(-0.0, 2).exact());
        assertEquals("", Cell.num(Double.NaN, 2).exact());
        assertEquals("-2.25", Cell.num(-2.25, 2).exact());
        assertEquals("77", Cell.count(77).exact());
        assertThrows(IllegalArgumentException.class, () -> Cell.num(Double.POSITIVE_INFINITY, 2));
    }

    @Test
    void parserAcceptsLfCrlfAndAMissingFinalLineEnd() {
        assertEquals(List.of(List.of("a", "b"), List.of("1", "")), Delimited.parse("a,b\n1,", Format.CSV));
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), Delimited.parse("a,b\r\n1,2\r\n", Format.CSV));
        assertEquals(List.of(List.of("", "x")), Delimited.parse("\"\",x", Format.CSV));
    }

    @Test
    void parserNamesTheLineOfABrokenQuote() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Delimited.parse("a,b\n1,\"open\n", Format.CSV));
        assertEquals("line 2: quoted field is never closed", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Delimited.parse("a,b\n\"x\"y,1\n", Format.CSV));
        assertEquals("line 2: text after a closing quote", e.getMessage());
    }

    @Test
    void rowsMustFitTheColumns() {
        assertThrows(IllegalArgumentException.class, () -> new DataTable("t", List.of("a", "b"),
                List.of(List.of(Cell.text("1"))), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new DataTable("t", List.of(), List.of(), List.of()));
    }
}
