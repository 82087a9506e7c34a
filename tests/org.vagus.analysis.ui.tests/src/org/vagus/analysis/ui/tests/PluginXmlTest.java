package org.vagus.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.vagus.analysis.ui.internal.OpenRecordingHandler;
import org.vagus.analysis.ui.internal.RunGroupAnalysisHandler;
import org.vagus.analysis.ui.views.GroupResultsView;
import org.vagus.analysis.ui.views.SignalViewerView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * plugin.xml contributes both parts as e4 views in the Vagus category, puts them into the Analyze perspective, and
 * declares the two commands with their handlers; the classes it names exist. In the workbench (Tycho UI harness),
 * the Analyze perspective then shows both parts.
 */
class PluginXmlTest {
    private static final String ANALYZE = "org.vagus.app.perspectives.analyze";

    private static Document pluginXml() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(SignalViewerView.class);
        URL url = bundle == null ? null : bundle.getEntry("plugin.xml");
        InputStream in;
        if (url != null) {
            in = url.openStream();
        } else {
            // a plain classpath: the source tree, found from the working directory (the test bundle or the repo)
            Path p = Path.of("").toAbsolutePath();
            Path file = null;
            for (Path d = p; d != null && file == null; d = d.getParent()) {
                Path f = d.resolve("bundles/org.vagus.analysis.ui/plugin.xml");
                file = Files.isRegularFile(f) ? f : null;
            }
            assertNotNull(file, "plugin.xml of org.vagus.analysis.ui above " + p);
            in = Files.newInputStream(file);
        }
        try (in) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(Document d, String tag) {
        NodeList n = d.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) {
            out.add((Element) n.item(i));
        }
        return out;
    }

    @Test
    void declaresThePartsInTheAnalyzePerspectiveAndTheCommands() throws Exception {
        Document d = pluginXml();
        List<Element> views = elements(d, "e4view");
        assertEquals(List.of(SignalViewerView.ID, GroupResultsView.ID), views.stream().map(e -> e.getAttribute("id"))
                .toList());
        assertEquals(List.of(SignalViewerView.class.getName(), GroupResultsView.class.getName()),
                views.stream().map(e -> e.getAttribute("class")).toList());
        views.forEach(v -> assertEquals("org.vagus.app.views", v.getAttribute("category")));

        Element ext = elements(d, "perspectiveExtension").get(0);
        assertEquals(ANALYZE, ext.getAttribute("targetID"));
        List<String> inPerspective = new ArrayList<>();
        NodeList children = ext.getElementsByTagName("view");
        for (int i = 0; i < children.getLength(); i++) {
            inPerspective.add(((Element) children.item(i)).getAttribute("id"));
        }
        assertEquals(List.of(SignalViewerView.ID, GroupResultsView.ID), inPerspective);

        List<String> handlers = elements(d, "handler").stream().map(e -> e.getAttribute("commandId") + "="
                + e.getAttribute("class")).toList();
        assertEquals(List.of("org.vagus.analysis.ui.commands.openRecording=" + OpenRecordingHandler.class.getName(),
                "org.vagus.analysis.ui.commands.runGroupAnalysis=" + RunGroupAnalysisHandler.class.getName()),
                handlers);
        assertEquals(2, elements(d, "command").stream().filter(e -> e.hasAttribute("name")).count());
    }

    @Test
    void theAnalyzePerspectiveShowsBothPartsInTheWorkbench() throws Exception {
        if (!PlatformUI.isWorkbenchRunning()) {
            return; // plain classpath: the declaration test above covers what can be checked without a workbench
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IPerspectiveDescriptor analyze = PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(ANALYZE);
        assertNotNull(analyze, "the Analyze perspective");
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(ANALYZE, window);
        page.resetPerspective();
        Waiting.until(30, () -> page.findView(SignalViewerView.ID) != null, () -> "the signal viewer");
        assertNotNull(page.showView(GroupResultsView.ID));
        assertTrue(page.findView(SignalViewerView.ID) != null);
    }
}
