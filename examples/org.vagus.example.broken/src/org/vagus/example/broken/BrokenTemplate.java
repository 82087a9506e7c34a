package org.vagus.example.broken;

import org.vagus.paradigm.Paradigm;
import org.vagus.paradigm.ParadigmTemplate;

/**
 * A template whose constructor throws. The tasks reader must log it with the bundle id
 * {@code org.vagus.example.broken} and go on.
 */
public final class BrokenTemplate implements ParadigmTemplate {

    /** Fails on purpose. */
    public BrokenTemplate() {
        throw new IllegalStateException("the broken example template fails on purpose when it is created");
    }

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public String name() {
        return "Broken example template";
    }

    @Override
    public Paradigm create() {
        throw new UnsupportedOperationException("never created");
    }
}
