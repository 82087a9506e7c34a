package org.vagus.report.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.vagus.report.figure.Rgb;
import org.vagus.report.render.Bounds;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An SVG (or XHTML) document parsed with javax.xml, with the look-ups the tests need: texts, and elements by
 * their effective style (JFreeSVG puts fill and stroke on the element or on an enclosing group).
 */
final class Svg {
    final Document doc;

    private Svg(Document doc) {
        this.doc = doc;
    }

    /** Parses XML, refusing DTDs and external entities so that nothing is fetched. */
    static Svg parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        return new Svg(b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }

    List<Element> all(String tag) {
        NodeList nl = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

    /** The text content of every {@code <text>} element. */
    List<String> texts() {
        return all("text").stream().map(Node::getTextContent).toList();
    }

    /** The style properties of an element merged over those of its ancestors. */
    static Map<String, String> style(Element e) {
        List<Element> chain = new ArrayList<>();
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            chain.add(0, el);
        }
        Map<String, String> m = new HashMap<>();
        for (Element el : chain) {
            for (String decl : el.getAttribute("style").split(";")) {
                int c = decl.indexOf(':');
                if (c > 0) {
                    m.put(decl.substring(0, c).trim(), decl.substring(c + 1).trim());
                }
            }
        }
        return m;
    }

    static String rgb(Rgb c) {
        return "rgb(" + c.red() + "," + c.green() + "," + c.blue() + ")";
    }

    static boolean fills(Element e, Rgb c) {
        return rgb(c).equals(style(e).get("fill"));
    }

    static boolean strokes(Element e, Rgb c) {
        return rgb(c).equals(style(e).get("stroke"));
    }

    static double opacity(Element e, String property) {
        String v = style(e).get(property);
        return v == null ? 1 : Double.parseDouble(v);
    }

    static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    /** The first point of a path's d attribute ("M x,y ..."). */
    static double[] start(Element path) {
        String d = path.getAttribute("d").trim();
        String[] xy = d.substring(1).split("[LCZ ]")[0].split(",");
        return new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }

    /** The number of line-to commands of a path. */
    static int lineTos(Element path) {
        return path.getAttribute("d").split("L", -1).length - 1;
    }

    static boolean inside(Bounds b, double x, double y) {
        return x >= b.x() - 0.5 && x <= b.maxX() + 0.5 && y >= b.y() - 0.5 && y <= b.maxY() + 0.5;
    }

    /** Whether a {@code <rect>} lies in the bounds. */
    static boolean rectInside(Element rect, Bounds b) {
        return inside(b, num(rect, "x"), num(rect, "y"))
                && inside(b, num(rect, "x") + num(rect, "width"), num(rect, "y") + num(rect, "height"));
    }
}
