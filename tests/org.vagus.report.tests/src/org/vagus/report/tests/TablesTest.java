package org.vagus.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vagus.report.table.Cell;
import org.vagus.report.table.DataTable;
import org.vagus.report.table.Delimited;
import org.vagus.report.table.HtmlTables;
import org.vagus.report.table.StatsTables;
import org.vagus.stats.Apa;
import org.vagus.stats.CorrelationMatrix;
import org.vagus.stats.Summary;
import org.vagus.stats.TTestResult;
import org.vagus.stats.TTests;
import org.vagus.stats.Table1;
import org.w3c.dom.Element;

class TablesTest {
    private static final SampleStudy STUDY = new SampleStudy(2024);

    @Test
    void table1AsApaHtml() throws Exception {
        Table1 t1 = SampleReport.table1(STUDY);
        String html = HtmlTables.render(DataTable.of(t1.table()), "table1", "Table 1");
        Svg doc = Svg.parse(html);
        Element caption = doc.all("caption").get(0);
        // the label is not repeated from the statistics bundle's title "Table 1. Characteristics ..."
        assertEquals("Table 1" + t1.table().title().substring("Table 1. ".length()), caption.getTextContent());
        assertEquals(List.of("Variable", "High SC (n = " + STUDY.of(STUDY.scs, true).length + ")",
                "Low SC (n = " + STUDY.of(STUDY.scs, false).length + ")", "Statistic", "p"),
                texts(doc.all("thead").get(0).getElementsByTagName("th")));
        // one body row per continuous variable, a row per categorical variable and one per level
        assertEquals(t1.table().rows().size(), doc.all("tbody").get(0).getElementsByTagName("tr").getLength());
        List<Element> indented = doc.all("th").stream().filter(e -> e.getAttribute("class").contains("indent"))
                .toList();
        assertEquals(List.of("Female", "Male", "Married", "Unmarried"),
                indented.stream().map(Element::getTextContent).sorted().toList());
        assertTrue(html.contains("<p class=\"note\"><i>Note.</i> Continuous variables: M (SD)"), html);
        assertEquals("table1", doc.all("div").get(0).getAttribute("id"));
    }

    private static List<String> texts(org.w3c.dom.NodeList nl) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add(nl.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void htmlEscapesEveryText() throws Exception {
        DataTable t = new DataTable("A <title> & more", List.of("<col>", "b"), List.of(List.of(Cell.text(
                "<script>alert(1)</script>"), Cell.num(1, "\"1\""))), List.of("x < y & z"));
        String html = HtmlTables.render(t, "", "Table <9>");
        assertFalse(html.contains("<script>"));
        Svg doc = Svg.parse(html);
        assertEquals("<script>alert(1)</script>", doc.all("tbody").get(0).getElementsByTagName("th").item(0)
                .getTextContent());
        assertTrue(doc.all("caption").get(0).getTextContent().equals("Table <9>A <title> & more"));
        assertThrows(IllegalArgumentException.class, () -> HtmlTables.render(t, "bad id", ""));
    }

    @Test
    void table1ValuesKeepFullPrecision() {
        Table1 t1 = SampleReport.table1(STUDY);
        DataTable v = StatsTables.table1Values(t1, SampleStudy.HIGH, SampleStudy.LOW);
        assertEquals(List.of("variable", "level", "summary", "high_sc_value", "high_sc_spread", "high_sc_n",
                "low_sc_value", "low_sc_spread", "low_sc_n", "test", "statistic", "df", "p", "effect", "effect_size"),
                v.columns());
        // 4 continuous variables, 2 categorical with 2 levels each
        assertEquals(8, v.rows().size());
        List<Cell> age = v.rows().get(0);
        assertEquals("Age, years", age.get(0).exact());
        Summary high = Summary.of(STUDY.of(STUDY.age, true));
        assertEquals(high.mean(), Double.parseDouble(age.get(3).exact()), 0);
        assertEquals(high.sd(), Double.parseDouble(age.get(4).exact()), 0);
        assertEquals(Apa.two(high.mean()), age.get(3).display());
        TTestResult t = TTests.student(STUDY.of(STUDY.age, true), STUDY.of(STUDY.age, false));
        assertEquals(t.p(), Double.parseDouble(age.get(12).exact()), 0);
        assertEquals(Apa.pValue(t.p()), age.get(12).display());
        List<Cell> female = v.rows().stream().filter(r -> r.get(1).exact().equals("Female")).findFirst()
                .orElseThrow();
        long females = STUDY.of(STUDY.gender, true).stream().filter("Female"::equals).count();
        assertEquals(Long.toString(females), female.get(3).exact());
        assertEquals(100.0 * females / high.n(), Double.parseDouble(female.get(4).exact()), 1e-12);
        String csv = Delimited.write(v, Delimited.Format.CSV);
        assertTrue(csv.startsWith("variable,level,summary,high_sc_value"), csv);
        assertTrue(csv.contains("\"Age, years\""), "a name with a comma is quoted");
    }

    @Test
    void correlationValuesHaveOneLinePerPair() {
        CorrelationMatrix m = SampleReport.correlations(STUDY);
        DataTable v = StatsTables.correlationValues(m);
        assertEquals(15, v.rows().size());
        assertEquals(m.r(0, 1), Double.parseDouble(v.rows().get(0).get(3).exact()), 0);
        assertEquals(m.p(4, 5), Double.parseDouble(v.rows().get(14).get(5).exact()), 0);
        assertEquals("Correlations (Pearson)", v.title());
    }

    @Test
    void tTestsTable() {
        TTestResult t = TTests.student(STUDY.of(STUDY.hrAuc, true), STUDY.of(STUDY.hrAuc, false));
        DataTable v = StatsTables.tTests("Tests", List.of("HR AUC"), List.of(t));
        assertEquals(t.t(), Double.parseDouble(v.rows().get(0).get(2).exact()), 0);
        assertEquals(Apa.two(t.t()), v.rows().get(0).get(2).display());
        assertEquals("75", v.rows().get(0).get(3).exact());
        assertEquals(t.apa(), v.rows().get(0).get(13).exact());
        assertThrows(IllegalArgumentException.class, () -> StatsTables.tTests("x", List.of(), List.of(t)));
    }

    @Test
    void columnNamesSuitRAndSpss() {
        assertEquals("high_sc", StatsTables.columnName("High SC"));
        assertEquals("g1st_group", StatsTables.columnName("1st group"));
        assertEquals("group", StatsTables.columnName("—"));
    }
}
