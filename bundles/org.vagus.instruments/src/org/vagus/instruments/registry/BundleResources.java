package org.vagus.instruments.registry;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IContributor;
import org.osgi.framework.Bundle;

/**
 * Opens files of contributing bundles in a running OSGi framework: the contributor is resolved to its bundle and
 * the path looked up among the bundle's entries (its root, as {@code build.properties bin.includes} packs it).
 *
 * @since 0.1.0
 */
public final class BundleResources {
    private BundleResources() {
    }

    /** A {@link ResourceOpener} over the bundles of the running framework. */
    public static InputStream open(IContributor contributor, String path) throws IOException {
        Bundle bundle = ContributorFactoryOSGi.resolve(contributor);
        if (bundle == null) {
            throw new FileNotFoundException("bundle " + contributor.getName() + " is not installed");
        }
        URL url = bundle.getEntry(path);
        if (url == null) {
            throw new FileNotFoundException("no file " + path + " in bundle " + contributor.getName()
                    + " (is its folder in build.properties bin.includes?)");
        }
        return url.openStream();
    }
}
