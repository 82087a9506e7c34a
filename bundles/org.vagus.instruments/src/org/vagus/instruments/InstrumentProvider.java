package org.vagus.instruments;

import java.io.IOException;
import java.util.List;

/**
 * Supplies instruments from code, for a contribution to the extension point {@code org.vagus.instruments.instruments}
 * that names a class rather than a definition file (for instance a bundle that builds its definitions from a
 * licensed item bank). Most contributions name a definition file instead.
 *
 * @since 0.1.0
 */
public interface InstrumentProvider {

    /**
     * @return the instruments; each id must be new to the registry
     * @throws IOException if the definitions cannot be read
     */
    List<Instrument> instruments() throws IOException;
}
