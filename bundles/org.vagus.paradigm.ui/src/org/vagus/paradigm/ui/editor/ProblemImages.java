package org.vagus.paradigm.ui.editor;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Control;
import org.vagus.paradigm.validation.Problem;

/**
 * The images that mark problems, from JFace's own registries (no workbench needed): the message icons for the
 * element at fault; for the elements that contain it, the small field decoration in the corner of an empty icon of
 * the same size (a tree shows every image at the size of the first one it gets).
 */
final class ProblemImages {
    private static final int SIZE = 16;
    private final LocalResourceManager resources;

    /** Images that live as long as {@code owner}. */
    ProblemImages(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    /** The image of a node with problems of its own, or below it; null if neither. */
    Image of(Problem.Severity own, Problem.Severity below) {
        if (own != null) {
            return message(own);
        }
        if (below == null) {
            return null;
        }
        Image small = FieldDecorationRegistry.getDefault().getFieldDecoration(below == Problem.Severity.ERROR
                ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage();
        return resources.create(new DecorationOverlayIcon(blank(), ImageDescriptor.createFromImage(small),
                IDecoration.BOTTOM_LEFT));
    }

    /** The icon of a severity. */
    static Image message(Problem.Severity severity) {
        return JFaceResources.getImage(severity == Problem.Severity.ERROR ? Dialog.DLG_IMG_MESSAGE_ERROR
                : Dialog.DLG_IMG_MESSAGE_WARNING);
    }

    private static ImageDescriptor blank() {
        return ImageDescriptor.createFromImageDataProvider(zoom -> {
            int s = SIZE * zoom / 100;
            ImageData d = new ImageData(s, s, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
            d.alphaData = new byte[s * s];
            return d;
        });
    }
}
