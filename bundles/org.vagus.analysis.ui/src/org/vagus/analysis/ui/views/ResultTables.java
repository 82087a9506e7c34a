package org.vagus.analysis.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.CorrelationTest;
import org.vagus.analysis.results.GroupTest;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.stats.Apa;
import org.vagus.stats.Summary;
import org.vagus.stats.TableModel;

/**
 * The group result's tables as SWT tables: Table 1 as the statistics bundle formats it ({@link TableModel}), and the
 * group tests, correlations and participants laid out from the result's records (formatting only, every number is
 * the engine's). UI thread only.
 */
public final class ResultTables {
    private ResultTables() {
    }

    /** The group tests: per variable the window, both groups' M (SD), t, df, p and d. */
    public static TableModel groupTests(AnalysisResult r) {
        String g1 = r.group().grouping().group1();
        String g2 = r.group().grouping().group2();
        List<List<String>> rows = new ArrayList<>();
        for (GroupTest t : r.group().tests()) {
            rows.add(List.of(t.label(), t.family().label(), Double.isNaN(t.fromS()) ? "" : Apa.two(t.fromS()) + " to "
                    + Apa.two(t.toS()) + " s", msd(t.group1()), msd(t.group2()), Apa.two(t.test().t()),
                    Apa.df(t.test().df()), Apa.pValue(t.test().p()), Apa.two(t.test().effect().value()), t.apa()));
        }
        return new TableModel("Group tests (" + g1 + " - " + g2 + ")", List.of("Variable", "Family", "Window",
                g1 + " M (SD)", g2 + " M (SD)", "t", "df", "p", "d", "APA"), rows, List.of());
    }

    /** The correlations of the recipe. */
    public static TableModel correlations(AnalysisResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (CorrelationTest c : r.group().correlations()) {
            rows.add(List.of(c.xLabel(), c.yLabel(), c.result().method(), Integer.toString(c.result().n()),
                    Apa.r(c.result().r()), Apa.pValue(c.result().p()), c.apa()));
        }
        return new TableModel("Correlations", List.of("x", "y", "Method", "n", "r", "p", "APA"), rows, List.of());
    }

    /** Every participant: group, status and why not analysed, epochs. */
    public static TableModel participants(AnalysisResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (ParticipantResult p : r.participants()) {
            String group = r.group().grouping().groupOf(p.label());
            rows.add(List.of(p.bidsName(), group == null ? "" : group, p.status().label(),
                    Integer.toString(p.hr() == null ? 0 : p.hr().epochs()),
                    Integer.toString(p.nhf() == null ? 0 : p.nhf().epochs()), p.note()));
        }
        return new TableModel("Participants", List.of("Participant", "Group", "Status", "HR epochs", "nHF epochs",
                "Note"), rows, List.of());
    }

    private static String msd(Summary s) {
        return String.format(Locale.ROOT, "%s (%s), n = %d", Apa.two(s.mean()), Apa.two(s.sd()), s.n());
    }

    /**
     * Shows a table model: its title, an SWT table with a column per header and a row per row, its notes.
     *
     * @return the SWT table
     */
    public static Table show(Composite parent, TableModel model) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        Label title = new Label(box, SWT.WRAP);
        title.setText(model.title());
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Table table = new Table(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String c : model.columns()) {
            new TableColumn(table, SWT.LEFT).setText(c);
        }
        for (List<String> row : model.rows()) {
            new TableItem(table, SWT.NONE).setText(row.toArray(new String[0]));
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
        if (!model.notes().isEmpty()) {
            Label notes = new Label(box, SWT.WRAP);
            notes.setText(String.join("\n", model.notes()));
            GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
            d.widthHint = 300;
            notes.setLayoutData(d);
        }
        return table;
    }
}
