package io.chainline.console.chain.view;

import io.chainline.tosca.model.NsDescriptor;
import java.util.function.UnaryOperator;

/** The chain being edited, as the editor's parts see it: read the model, or replace it with an edited one. */
interface ChainDraft {

    NsDescriptor current();

    /** Applies one edit; a refused edit leaves the model as it was and tells the user why. */
    void edit(UnaryOperator<NsDescriptor> change);

    boolean editable();
}
