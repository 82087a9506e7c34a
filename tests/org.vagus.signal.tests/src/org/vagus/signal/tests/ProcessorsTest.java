package org.vagus.signal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.vagus.signal.ArtefactCorrector;
import org.vagus.signal.BeatProcessor;
import org.vagus.signal.Parameters;
import org.vagus.signal.PeakDetector;
import org.vagus.signal.beats.ArtefactCorrection;
import org.vagus.signal.beats.ArtefactType;
import org.vagus.signal.beats.BeatEditLayer;
import org.vagus.signal.beats.BeatTimes;
import org.vagus.signal.beats.EditedBeats;
import org.vagus.signal.beats.HeartRate;
import org.vagus.signal.beats.HeartRateSeries;
import org.vagus.signal.beats.LipponenTarvainen;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The extension point {@code org.vagus.signal.processors}: its schema is well-formed, names contracts that
 * exist, shows built-in classes that implement them and a third-party example that compiles (it is
 * {@link RefractoryCorrector}); and a pipeline written against the contract runs with either corrector.
 */
class ProcessorsTest {

    /** The repository root: {@code -Dvagus.repo}, else the first parent of the working folder holding bundles/. */
    private static Path repo() {
        String p = System.getProperty("vagus.repo");
        if (p != null) {
            return Path.of(p);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("bundles/org.vagus.signal"))) {
                return d;
            }
        }
        throw new IllegalStateException("repository root not found from " + Path.of("").toAbsolutePath()
                + "; set -Dvagus.repo");
    }

    @Test
    void schemaIsWellFormedAndNamesRealContracts() throws Exception {
        Path exsd = repo().resolve("bundles/org.vagus.signal/schema/processors.exsd");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(exsd.toFile());
        Element meta = (Element) doc.getElementsByTagName("meta.schema").item(0);
        assertEquals("org.vagus.signal", meta.getAttribute("plugin"));
        assertEquals("processors", meta.getAttribute("id"));
        NodeList attrs = doc.getElementsByTagName("meta.attribute");
        Map<String, Class<?>> basedOn = new LinkedHashMap<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Element a = (Element) attrs.item(i);
            if (a.getAttribute("kind").equals("java")) {
                String type = a.getAttribute("basedOn").substring(1);
                basedOn.put(type, Class.forName(type));
            }
        }
        assertEquals(List.of("org.vagus.signal.PeakDetector", "org.vagus.signal.ArtefactCorrector"),
                new ArrayList<>(basedOn.keySet()));
        basedOn.values().forEach(c -> assertTrue(c.isInterface(), c + " is an interface"));

        String examples = section(doc, "examples");
        assertTrue(examples.contains("<extension point=\"org.vagus.signal.processors\">"), examples);
        assertTrue(PeakDetector.class.isAssignableFrom(Class.forName("org.vagus.signal.PanTompkins")));
        assertTrue(ArtefactCorrector.class.isAssignableFrom(
                Class.forName("org.vagus.signal.beats.LipponenTarvainen")));
        assertTrue(examples.contains("id=\"" + LipponenTarvainen.ID + "\""));
        // the third-party example is the code of RefractoryCorrector, line by line
        String source = Files.readString(repo().resolve(
                "tests/org.vagus.signal.tests/src/org/vagus/signal/tests/RefractoryCorrector.java"));
        String code = examples.substring(examples.indexOf("public final class RefractoryCorrector"));
        code = code.substring(0, code.lastIndexOf('}') + 1);
        for (String line : code.split("\n")) {
            assertTrue(source.contains(line.strip()), "example line not in RefractoryCorrector.java: " + line);
        }
    }

    private static String section(Document doc, String type) {
        NodeList sections = doc.getElementsByTagName("meta.section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            if (s.getAttribute("type").equals(type)) {
                Element annotation = (Element) s.getParentNode().getParentNode();
                return annotation.getElementsByTagName("documentation").item(0).getTextContent();
            }
        }
        throw new AssertionError("no " + type + " section");
    }

    /** A pipeline step written against the contract only: automatic correction, then the edit layer, then BPM. */
    private static HeartRateSeries pipeline(BeatTimes beats, ArtefactCorrector corrector, BeatEditLayer edits) {
        ArtefactCorrection automatic = corrector.correct(beats);
        EditedBeats edited = edits.apply(automatic.corrected());
        return HeartRate.of(edited, HeartRate.Options.defaults());
    }

    @Test
    void correctorsAreSwappable() throws IOException {
        // 1 Hz beats with a double detection 120 ms after the beat at 20 s
        double[] t = new double[61];
        for (int i = 0; i < 60; i++) {
            t[i] = 1 + i;
        }
        t[60] = 20.12;
        java.util.Arrays.sort(t);
        BeatTimes beats = BeatTimes.ofSeconds(t, Parameters.empty().with("source", "test"));
        // as the registry reader would: create, then apply the <parameter> elements
        ArtefactCorrector thirdParty = new RefractoryCorrector().withParameters(Map.of("min_interval_ms", "300"));
        for (ArtefactCorrector c : List.of(new LipponenTarvainen(), thirdParty)) {
            ArtefactCorrection r = c.correct(beats);
            assertEquals(60, r.corrected().count(), c.name());
            assertTrue(r.reportOfInputBeat(20).is(ArtefactType.EXTRA), c.name() + ": " + r.reportOfInputBeat(20));
            HeartRateSeries hr = pipeline(beats, c, BeatEditLayer.empty());
            for (int i = 0; i < hr.bpm().length(); i++) {
                assertEquals(60, hr.bpm().value(i), 1e-9, c.name());
            }
            assertEquals(c.id(), hr.bpm().parameters().get("artefacts.method").orElseThrow());
        }
        BeatProcessor p = thirdParty;
        assertEquals("300", p.parameters().get("min_interval_ms").orElseThrow());
    }
}
