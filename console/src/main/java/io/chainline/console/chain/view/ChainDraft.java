package io.chainline.console.chain.view;

import io.chainline.console.chain.service.EditPreview;
import io.chainline.tosca.model.NsDescriptor;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The chain being edited, as the editor's parts see it: the model itself (there is no other editor state; every
 * part is redrawn from it after each edit), and the ways to change it.
 */
interface ChainDraft {

    NsDescriptor current();

    /** Applies one edit that removes nothing; a refused edit leaves the model as it was and says why in place. */
    void edit(UnaryOperator<NsDescriptor> change);

    /**
     * Applies an edit that removes something only after asking, naming the part and everything that goes with it.
     *
     * @param title the question ("Remove link steered?")
     * @param consequence what the removal does
     * @param verb the confirm button's label
     */
    void remove(String title, String consequence, String verb, Function<NsDescriptor, EditPreview> preview);

    /** Applies an edit meant to remove nothing at once; should it remove something after all, asks like remove. */
    void keep(String title, String verb, Function<NsDescriptor, EditPreview> preview);

    boolean editable();
}
