package io.chainline.console.catalog.view;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.chainline.console.catalog.service.DesignIssue;
import io.chainline.console.catalog.service.VnfEdits;
import io.chainline.tosca.model.VnfIdentity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The VNF's identity (SOL001 VNF node properties), each field showing the issues that concern it. */
final class IdentityForm extends FormLayout {

    private final Design design;
    private final Map<String, TextField> fields = new LinkedHashMap<>();

    IdentityForm(Design design) {
        this.design = design;
        VnfIdentity identity = design.get().identity();
        Runnable changed = () -> design.apply(d -> VnfEdits.setIdentity(d, identity()));
        field("provider", "Provider", identity.provider(), changed);
        field("product_name", "Product name", identity.productName(), changed);
        field("software_version", "Software version", identity.softwareVersion(), changed);
        field("descriptor_version", "Descriptor version", identity.descriptorVersion(), changed);
        field("descriptor_id", "Descriptor id", identity.descriptorId(), changed);
        setId("identity-form");
        setReadOnly(!design.editable());
    }

    private void field(String key, String label, String value, Runnable changed) {
        TextField field = new TextField(label);
        field.setId("identity-" + key.replace('_', '-'));
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
        fields.put(key, field);
        add(field);
    }

    /** The fields as typed; what the form does not show comes from the model. */
    private VnfIdentity identity() {
        VnfIdentity original = design.get().identity();
        return new VnfIdentity(
                original.nodeType(),
                value("descriptor_id"),
                value("descriptor_version"),
                value("provider"),
                value("product_name"),
                value("software_version"),
                original.productInfoName(),
                original.vnfmInfo());
    }

    private String value(String key) {
        return fields.get(key).getValue().trim();
    }

    void show(List<DesignIssue> issues) {
        fields.forEach((key, field) -> {
            var mine = issues.stream()
                    .filter(i -> i.path().equals("identity." + key))
                    .findFirst();
            field.setInvalid(mine.isPresent());
            field.setErrorMessage(mine.map(i -> i.code() + ": " + i.message()).orElse(null));
        });
    }

    void setReadOnly(boolean readOnly) {
        fields.values().forEach(f -> f.setReadOnly(readOnly));
    }
}
