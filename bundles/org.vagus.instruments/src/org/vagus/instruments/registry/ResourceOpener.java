package org.vagus.instruments.registry;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.runtime.IContributor;

/**
 * Opens a file of a contributing bundle, such as the definition file an {@code <instrument file="..."/>} element
 * names. The product uses {@link BundleResources#open}; tests hand in their own.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ResourceOpener {

    /**
     * @param contributor the contributing bundle
     * @param path the path inside the bundle, relative to its root ({@code instruments/my-scale.json})
     * @return the file's content; the caller closes it
     * @throws IOException if the bundle has no such file or it cannot be read
     */
    InputStream open(IContributor contributor, String path) throws IOException;
}
