package org.vagus.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.vagus.report.figure.Figure;
import org.vagus.report.internal.AtomicFiles;
import org.vagus.report.render.FigureRenderer;
import org.vagus.report.render.RenderedPng;
import org.vagus.report.render.RenderedSvg;
import org.vagus.report.table.Delimited;

/**
 * Writes a {@link Report} as one self-contained {@code report.html} (style sheet inline, figures inline as SVG
 * or as PNG data URIs, no script, nothing fetched from elsewhere), and beside it every figure as PNG and SVG
 * ({@code figures/}) and every table's data as CSV and TSV ({@code tables/}). Each file is written atomically
 * (temporary file, flushed, renamed); the page comes last, so a complete {@code report.html} means the files
 * it links are there.
 *
 * @since 0.1.0
 */
public final class HtmlReportWriter {
    /** The name of the page. */
    public static final String PAGE = "report.html";

    /** How figures go into the page. */
    public enum Embedding {
        /** Inline SVG: sharp at any zoom, text selectable, small. */
        SVG,
        /** PNG as a data: URI, at {@link Options#embedDpi()}. */
        PNG
    }

    /**
     * @param embedding how figures go into the page
     * @param embedDpi the resolution of embedded PNGs
     * @param fileDpi the resolution of the PNG files (300 for print)
     * @param figureFiles whether to write figures/*.png and *.svg
     * @param tableFiles whether to write tables/*.csv and *.tsv
     * @param bom whether CSV and TSV files start with a UTF-8 byte order mark (for Excel and SPSS)
     */
    public record Options(Embedding embedding, double embedDpi, double fileDpi, boolean figureFiles,
            boolean tableFiles, boolean bom) {
        public Options {
            if (embedding == null) {
                throw new IllegalArgumentException("embedding must be given");
            }
        }

        /** Inline SVG, PNG files at 300 dpi, all files, no byte order mark. */
        public static Options defaults() {
            return new Options(Embedding.SVG, 150, FigureRenderer.PRINT_DPI, true, true, false);
        }

        public Options withEmbedding(Embedding e) {
            return new Options(e, embedDpi, fileDpi, figureFiles, tableFiles, bom);
        }

        public Options withBom(boolean on) {
            return new Options(embedding, embedDpi, fileDpi, figureFiles, tableFiles, on);
        }

        public Options withFileDpi(double dpi) {
            return new Options(embedding, embedDpi, dpi, figureFiles, tableFiles, bom);
        }
    }

    private final Options options;
    private final FigureRenderer renderer = new FigureRenderer();

    public HtmlReportWriter(Options options) {
        this.options = options;
    }

    /** A writer with {@link Options#defaults()}. */
    public HtmlReportWriter() {
        this(Options.defaults());
    }

    /** The page alone, without links to files. */
    public String html(Report report) {
        Map<String, RenderedSvg> svgs = new HashMap<>();
        return new HtmlPage(options, f -> svgs.computeIfAbsent(f.id(), k -> renderer.svg(f)),
                f -> renderer.png(f, options.embedDpi()), false, false).write(report);
    }

    /**
     * Writes the page and its files into {@code dir} (created if needed).
     *
     * @throws IOException if a file cannot be written; files already written stay, complete
     */
    public ReportFiles write(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> figures = new ArrayList<>();
        List<Path> tables = new ArrayList<>();
        Map<String, RenderedSvg> svgs = new ConcurrentHashMap<>();
        Map<String, RenderedPng> pngs = new ConcurrentHashMap<>();
        if (options.figureFiles()) {
            render(report, svgs, pngs);
        }
        for (Section s : report.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Block.FigureBlock fb && options.figureFiles()) {
                    Figure f = fb.figure();
                    RenderedSvg svg = svgs.get(f.id());
                    RenderedPng png = pngs.get(f.id());
                    Path p = dir.resolve("figures").resolve(f.id() + ".png");
                    Path v = dir.resolve("figures").resolve(f.id() + ".svg");
                    AtomicFiles.write(p, png.bytes());
                    AtomicFiles.write(v, svg.document().getBytes(StandardCharsets.UTF_8));
                    figures.add(p);
                    figures.add(v);
                } else if (b instanceof Block.TableBlock tb && options.tableFiles()) {
                    for (Delimited.Format format : Delimited.Format.values()) {
                        Path t = dir.resolve("tables").resolve(tb.id() + "." + format.extension());
                        AtomicFiles.write(t, Delimited.bytes(tb.export(), format, options.bom()));
                        tables.add(t);
                    }
                }
            }
        }
        String page = new HtmlPage(options, f -> svgs.computeIfAbsent(f.id(), k -> renderer.svg(f)),
                f -> embedded(f, pngs), options.figureFiles(), options.tableFiles()).write(report);
        Path html = dir.resolve(PAGE);
        AtomicFiles.write(html, page.getBytes(StandardCharsets.UTF_8));
        return new ReportFiles(html, figures, tables);
    }

    /**
     * Every figure as SVG and as PNG file, drawn in parallel (each drawing builds its own charts; on two cores the
     * figures of a report take about half the time).
     */
    private void render(Report report, Map<String, RenderedSvg> svgs, Map<String, RenderedPng> pngs) {
        List<Runnable> jobs = new ArrayList<>();
        for (Section s : report.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof Block.FigureBlock fb) {
                    Figure f = fb.figure();
                    jobs.add(() -> svgs.put(f.id(), renderer.svg(f)));
                    jobs.add(() -> pngs.put(f.id(), renderer.png(f, options.fileDpi())));
                }
            }
        }
        jobs.parallelStream().forEach(Runnable::run);
    }

    private RenderedPng embedded(Figure f, Map<String, RenderedPng> files) {
        RenderedPng file = files.get(f.id());
        if (file != null && file.dpi() == options.embedDpi()) {
            return file;
        }
        return renderer.png(f, options.embedDpi());
    }
}
