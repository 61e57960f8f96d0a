package io.chainline.console.catalog.view;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.chainline.console.catalog.service.Subnets;
import io.chainline.tosca.model.CpAddressing;
import io.chainline.tosca.model.L3Data;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a connection point (a VDU's, or a chain's SAP) gets its addresses: allocated (how many) or fixed (one per
 * instance, comma separated), and whether it is the management interface or a data one. Fixed addresses are kept as
 * typed; one that does not parse, lies outside the link's subnet or is given twice is marked on its field.
 */
@org.springframework.modulith.NamedInterface("view") // the chain editor addresses its links and SAPs alike
public final class AddressingForm extends HorizontalLayout {

    static final String ALLOCATED = "allocated";
    static final String FIXED = "fixed";

    private final Select<String> mode = new Select<>();
    private final IntegerField count = new IntegerField("Addresses");
    private final TextField fixed = new TextField("Fixed addresses");
    private final Checkbox management = new Checkbox("Management interface");
    private final Supplier<Optional<L3Data>> subnet;

    /**
     * @param id the id prefix ({@code cps-0}): fields are {@code <id>-address-mode}, {@code -address-count},
     *     {@code -addresses}, {@code -management}
     * @param subnet the subnet of the link the point is on now, to check fixed addresses against
     */
    public AddressingForm(
            String id,
            Optional<CpAddressing> addressing,
            Supplier<Optional<L3Data>> subnet,
            boolean editable,
            Consumer<Optional<CpAddressing>> edited) {
        this.subnet = subnet;
        show(id, addressing.orElse(CpAddressing.allocated()));
        Runnable changed = () -> {
            showMode();
            edited.accept(value());
        };
        mode.addValueChangeListener(e -> fromClient(e.isFromClient(), changed));
        count.addValueChangeListener(e -> fromClient(e.isFromClient(), changed));
        fixed.addValueChangeListener(e -> fromClient(e.isFromClient(), changed));
        management.addValueChangeListener(e -> fromClient(e.isFromClient(), changed));
        mode.setReadOnly(!editable);
        count.setReadOnly(!editable);
        fixed.setReadOnly(!editable);
        management.setReadOnly(!editable);
        add(mode, count, fixed, management);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setPadding(false);
        showMode();
        showFindings();
    }

    private void show(String id, CpAddressing a) {
        mode.setLabel("Address");
        mode.setId(id + "-address-mode");
        mode.setItems(ALLOCATED, FIXED);
        mode.setItemLabelGenerator(m -> m.equals(FIXED) ? "Fixed" : "Allocated");
        mode.setValue(a.fixedAddresses().isEmpty() ? ALLOCATED : FIXED);
        count.setId(id + "-address-count");
        count.setMin(0);
        count.setStepButtonsVisible(true);
        count.setValue(a.numberOfAddresses());
        fixed.setId(id + "-addresses");
        fixed.setPlaceholder("10.60.2.10, 10.60.2.11");
        fixed.setHelperText("One per instance, in instance order");
        fixed.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        fixed.setValue(String.join(", ", a.fixedAddresses()));
        management.setId(id + "-management");
        management.setValue(a.management());
        management.setTooltipText("Reached by the console and the NOC; never on a forwarding path. Otherwise: data.");
    }

    private static void fromClient(boolean fromClient, Runnable changed) {
        if (fromClient) {
            changed.run();
        }
    }

    private void showMode() {
        count.setVisible(!FIXED.equals(mode.getValue()));
        fixed.setVisible(FIXED.equals(mode.getValue()));
    }

    /** The addressing as the fields hold it; the default (one allocated data address) is none at all. */
    public Optional<CpAddressing> value() {
        boolean isFixed = FIXED.equals(mode.getValue());
        List<String> addresses = isFixed ? Subnets.addresses(fixed.getValue()) : List.of();
        int n = count.getValue() == null || count.getValue() < 0 ? 1 : count.getValue();
        CpAddressing a = new CpAddressing(addresses, n, management.getValue());
        showFindings();
        return a.equals(CpAddressing.allocated()) ? Optional.empty() : Optional.of(a);
    }

    /** Re-checks the fixed addresses, say after the point moved to another link or that link's subnet changed. */
    public void showFindings() {
        if (!FIXED.equals(mode.getValue())) {
            SubnetForm.mark(fixed, Optional.empty());
            return;
        }
        List<String> addresses = Subnets.addresses(fixed.getValue());
        SubnetForm.mark(
                fixed,
                addresses.isEmpty()
                        ? Optional.of("Type one address per instance, or choose Allocated.")
                        : Subnets.addressingProblem(new CpAddressing(addresses, 1, false), subnet.get()));
    }
}
