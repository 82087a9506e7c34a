package org.vagus.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vagus.analysis.AnalysisEngine;
import org.vagus.analysis.ProgressListener;
import org.vagus.analysis.recipe.Recipes;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.GroupCourse;
import org.vagus.analysis.ui.figures.SwtFigure;
import org.vagus.analysis.ui.views.GroupResultsView;
import org.vagus.app.OpenStudy;
import org.vagus.stats.TableModel;
import org.vagus.study.StudyFolder;

/**
 * The group results part in a plain SWT shell: without a study it says so; with a generated study it runs the
 * built-in recipe as a Job, then shows the figures (every SWTChart series equal to the figure model's data, the
 * courses equal to the engine's group courses run separately) and Table 1 as the statistics bundle formats it.
 */
class GroupResultsUiTest {

    @Test
    void runsTheRecipeAsAJobAndShowsTheFiguresAndTables(@TempDir Path dir) throws Exception {
        Path study = TestStudy.create(dir.resolve("study"), 8, 160, 5);
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(1200, 800);
            GroupResultsView view = new GroupResultsView();
            view.createControls(new Composite(shell, SWT.NONE));
            shell.open();
            assertTrue(view.statusText().contains("No study open"), view.statusText());
            assertNull(view.run(), "nothing to run without a study");

            try (StudyFolder f = StudyFolder.openReadOnly(study)) {
                view.setStudy(new OpenStudy(study, f.study(), false));
            }
            Job job = view.run();
            assertNotNull(job);
            Waiting.forJob(300, job, "the group analysis");
            Waiting.until(30, () -> view.result() != null, view::statusText);
            assertTrue(view.statusText().contains("8 of 8 participants analysed"), view.statusText());

            // the engine run on its own gives the same courses the figures draw
            AnalysisResult engine = AnalysisEngine.builtIn().run(study, Recipes.builtIn(), 1, ProgressListener.NONE);
            assertFalse(view.figures().isEmpty());
            for (SwtFigure f : view.figures()) {
                FigureAssertions.assertDrawn(f);
            }
            String g1 = engine.group().grouping().group1();
            GroupCourse hr = engine.group().course("hr", g1).orElseThrow();
            boolean found = false;
            for (SwtFigure f : view.figures()) {
                for (var chart : f.charts()) {
                    for (var s : chart.getSeriesSet().getSeries()) {
                        if (s.getId().startsWith(SwtFigure.MEAN + g1) && s.getYSeries().length == hr.length()
                                && s.getYSeries()[hr.length() - 1] == hr.mean()[hr.length() - 1]) {
                            found = true;
                        }
                    }
                }
            }
            assertTrue(found, "a chart draws the engine's heart-rate course of " + g1);

            // Table 1 as org.vagus.stats formats it, row for row
            TableModel t1 = engine.group().table1().table();
            Table shown = view.tables().get(0);
            assertEquals(t1.columns().size(), shown.getColumnCount());
            assertEquals(t1.rows().size(), shown.getItemCount());
            for (int r = 0; r < t1.rows().size(); r++) {
                for (int c = 0; c < t1.columns().size(); c++) {
                    assertEquals(t1.rows().get(r).get(c), shown.getItem(r).getText(c), "Table 1 row " + r + " col " + c);
                }
            }
            // group tests: one row per test of the recipe
            assertEquals(engine.group().tests().size(), view.tables().get(1).getItemCount());
            Screenshots.save(shell, "analyze-group-results-figure");
            view.tabs().setSelection(view.figures().size());
            Screenshots.save(shell, "analyze-group-results-table1");
            view.tabs().setSelection(view.figures().size() + 1);
            Screenshots.save(shell, "analyze-group-results-tests");
        } finally {
            shell.dispose();
        }
    }

    @Test
    void showsFiguresMadeByHand() throws Exception {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(1100, 800);
            GroupResultsView view = new GroupResultsView();
            view.createControls(new Composite(shell, SWT.NONE));
            shell.open();
            // the part draws any figure of the model, as it will draw StudyFigures' Figures 2-4
            List<org.vagus.report.figure.Figure> figures = List.of(SwtFigureTest.figure());
            assertEquals(1, figures.size());
            SwtFigure drawn = new SwtFigure(new Composite(shell, SWT.NONE), figures.get(0));
            FigureAssertions.assertDrawn(drawn);
        } finally {
            shell.dispose();
        }
    }
}
