package org.vagus.analysis.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.vagus.analysis.AnalysisEngine;
import org.vagus.analysis.ProgressListener;
import org.vagus.analysis.recipe.Recipe;
import org.vagus.analysis.results.AnalysisResult;
import org.vagus.analysis.results.ParticipantResult;
import org.vagus.analysis.ui.figures.SwtFigure;
import org.vagus.analysis.ui.internal.AnalysisAccess;
import org.vagus.analysis.ui.internal.StudyFiguresBridge;
import org.vagus.app.OpenStudy;
import org.vagus.report.figure.Figure;

/**
 * The group results of the Analyze perspective: runs the study's recipe (or the built-in seed analysis) over the
 * open study as a Job with progress per participant and cancel, then shows the report's figures drawn with SWTChart
 * ({@link SwtFigure}), Table 1, the group tests, the correlations and the participants' status. An e4 part contributed
 * as an {@code e4view}; the numbers are the engine's, the figures the report's model.
 *
 * @since 0.1.0
 */
public final class GroupResultsView {
    /** The view id. */
    public static final String ID = "org.vagus.analysis.ui.views.groupResults";
    /** What the part says when no study is open. */
    public static final String NO_STUDY = "No study open. Open one with File > Open Study... (Ctrl+O), then run the "
            + "group analysis.";

    private Composite root;
    private Label message;
    private Button run;
    private Label status;
    private CTabFolder tabs;
    private OpenStudy study;
    private Job job;
    private AnalysisResult result;
    private final List<SwtFigure> figures = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();

    /** @param parent the part's composite */
    @PostConstruct
    public void createControls(Composite parent) {
        root = parent;
        parent.setLayout(new GridLayout(2, false));
        message = new Label(parent, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        run = new Button(parent, SWT.PUSH);
        run.setText("Run Group Analysis");
        run.addListener(SWT.Selection, e -> run());
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        tabs = new CTabFolder(parent, SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        showStudy();
    }

    /** Called by injection whenever the open study changes (null when none is open). */
    @Inject
    public void setStudy(@Optional OpenStudy s) {
        boolean same = s != null && study != null && s.folder().equals(study.folder());
        study = s;
        if (root != null && !root.isDisposed() && !same) {
            clear();
            showStudy();
        }
    }

    /** Runs the analysis when the Run Group Analysis command asks for it. */
    @Inject
    public void request(@Optional RunRequest r) {
        if (r != null && root != null && !root.isDisposed()) {
            run();
        }
    }

    private void showStudy() {
        message.setText(study == null ? NO_STUDY : study.study().name() + " (" + study.folder() + "), recipe: "
                + recipeName());
        run.setEnabled(study != null && (job == null || job.getResult() != null));
        status.setText(result == null ? "" : status.getText());
        root.layout(true, true);
    }

    private String recipeName() {
        try {
            return AnalysisAccess.recipeFor(study.folder()).name();
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }

    /**
     * Runs the recipe over the open study as a Job (one tick per participant, cancellable) and shows the result.
     *
     * @return the Job, or null without a study or while one runs
     */
    public Job run() {
        if (study == null || (job != null && job.getResult() == null)) {
            return null;
        }
        Path folder = study.folder();
        Display display = root.getDisplay();
        run.setEnabled(false);
        status.setText("Analysing " + study.study().participants().size() + " participants...");
        Job j = Job.create("Group analysis of " + study.study().name(), (IProgressMonitor m) -> {
            m.beginTask("Analysing participants", study.study().participants().size());
            try {
                Recipe recipe = AnalysisAccess.recipeFor(folder);
                AnalysisEngine engine = new AnalysisEngine(AnalysisAccess.processors());
                AnalysisResult r = engine.run(folder, recipe, AnalysisEngine.defaultThreads(),
                        new ProgressListener() {
                            @Override
                            public void participantDone(int done, int total, ParticipantResult p) {
                                m.subTask(p.bidsName() + " (" + done + "/" + total + ")");
                                m.worked(1);
                            }

                            @Override
                            public boolean isCancelled() {
                                return m.isCanceled();
                            }
                        });
                List<Figure> f = StudyFiguresBridge.build(r, recipe);
                display.asyncExec(() -> show(r, f));
                return Status.OK_STATUS;
            } catch (CancellationException e) {
                display.asyncExec(() -> done("Cancelled."));
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                display.asyncExec(() -> done("The analysis failed: " + e.getMessage()));
                return Status.error("group analysis of " + folder + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Status.CANCEL_STATUS;
            } finally {
                m.done();
            }
        });
        j.setUser(true);
        job = j;
        j.schedule();
        return j;
    }

    private void done(String text) {
        if (!root.isDisposed()) {
            status.setText(text);
            run.setEnabled(study != null);
            root.layout(true, true);
        }
    }

    private void clear() {
        for (CTabItem item : tabs.getItems()) {
            item.getControl().dispose();
            item.dispose();
        }
        figures.clear();
        tables.clear();
        result = null;
    }

    /** Shows a result with its figures (also used by tests with figures made by hand). */
    public void show(AnalysisResult r, List<Figure> f) {
        if (root.isDisposed()) {
            return;
        }
        clear();
        result = r;
        for (Figure figure : f) {
            ScrolledComposite scroll = new ScrolledComposite(tabs, SWT.V_SCROLL | SWT.H_SCROLL);
            SwtFigure drawn = new SwtFigure(scroll, figure);
            scroll.setContent(drawn.control());
            scroll.setExpandHorizontal(true);
            scroll.setExpandVertical(true);
            scroll.setMinSize(drawn.control().computeSize(SWT.DEFAULT, SWT.DEFAULT));
            CTabItem item = new CTabItem(tabs, SWT.NONE);
            item.setText(figure.title());
            item.setToolTipText(figure.fullCaption());
            item.setControl(scroll);
            figures.add(drawn);
        }
        if (r.group().table1() != null) {
            table("Table 1", r.group().table1().table());
        }
        table("Group tests", ResultTables.groupTests(r));
        table("Correlations", ResultTables.correlations(r));
        table("Participants", ResultTables.participants(r));
        if (tabs.getItemCount() > 0) {
            tabs.setSelection(0);
        }
        long analysed = r.analysed().size();
        done(analysed + " of " + r.participants().size() + " participants analysed with '" + r.recipe().name()
                + "'" + (r.warnings().isEmpty() ? "." : "; " + r.warnings().size() + " warnings, the first: "
                        + r.warnings().get(0)));
    }

    private void table(String name, org.vagus.stats.TableModel model) {
        Composite box = new Composite(tabs, SWT.NONE);
        box.setLayout(new org.eclipse.swt.layout.FillLayout());
        tables.add(ResultTables.show(box, model));
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(name);
        item.setControl(box);
    }

    @Focus
    public void setFocus() {
        if (run != null && !run.isDisposed()) {
            run.setFocus();
        }
    }

    /** @return the last result shown, or null */
    public AnalysisResult result() {
        return result;
    }

    /** @return the figures shown, in order */
    public List<SwtFigure> figures() {
        return List.copyOf(figures);
    }

    /** @return the tables shown (Table 1 if any, group tests, correlations, participants) */
    public List<Table> tables() {
        return List.copyOf(tables);
    }

    /** @return the tab folder */
    public CTabFolder tabs() {
        return tabs;
    }

    /** @return the message and status text */
    public String statusText() {
        return message.getText() + "\n" + status.getText();
    }
}
