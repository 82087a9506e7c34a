package org.vagus.report.html;

/**
 * The report's style sheet, inlined into the page: readable on screen, printable on A4 or Letter, APA tables
 * (horizontal rules only). It holds no '&lt;' or '&amp;', so the page stays well-formed XML.
 */
final class Style {
    static final String CSS = """
            body { font-family: Georgia, "Times New Roman", serif; color: #111; background: #fff;
              max-width: 52em; margin: 2em auto; padding: 0 1.2em; line-height: 1.5; }
            header h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            header p { margin: 0.2em 0; color: #444; }
            h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #bbb; }
            nav ol { columns: 2; }
            a { color: #0b5394; }
            div.table { overflow-x: auto; margin: 1.2em 0; }
            table.apa { border-collapse: collapse; border-top: 2px solid #000; border-bottom: 2px solid #000;
              font-size: 0.92em; }
            table.apa caption { text-align: left; caption-side: top; padding-bottom: 0.4em; }
            table.apa caption .label { display: block; font-weight: bold; }
            table.apa caption .title { display: block; font-style: italic; }
            table.apa th, table.apa td { padding: 0.2em 0.7em; font-weight: normal; text-align: center;
              vertical-align: top; }
            table.apa thead th { border-bottom: 1px solid #000; }
            table.apa tbody th { text-align: left; }
            table.apa .indent { padding-left: 2em; }
            table.apa .num { font-variant-numeric: tabular-nums; white-space: nowrap; }
            p.note { font-size: 0.9em; margin-top: 0.3em; }
            figure { margin: 1.8em 0; }
            figure svg, figure img { max-width: 100%; height: auto; display: block; }
            figcaption .label { display: block; font-weight: bold; }
            figcaption .title { display: block; font-style: italic; margin-bottom: 0.4em; }
            p.files { font-size: 0.85em; color: #444; }
            code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85em; }
            footer { margin-top: 3em; font-size: 0.85em; color: #555; border-top: 1px solid #bbb; }
            @media print {
              body { max-width: none; margin: 0; }
              nav, p.files { display: none; }
              figure, div.table { break-inside: avoid; }
              h2 { break-after: avoid; }
            }
            """;

    private Style() {
    }
}
