package io.chainline.console.catalog.view;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.chainline.console.catalog.service.Subnets;
import io.chainline.tosca.model.L3Data;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A virtual link's subnet: CIDR, gateway, allocation pools and DHCP or static, used by the VNF designer and the chain
 * editor. What is typed goes into the model as typed, so a subnet that does not parse stays in its field with its
 * finding, after a save and reload too; all empty means Chainline allocates the subnet at deploy time.
 */
@org.springframework.modulith.NamedInterface("view") // the chain editor addresses its links and SAPs alike
public final class SubnetForm extends HorizontalLayout {

    private final TextField cidr = new TextField("Subnet (CIDR)");
    private final TextField gateway = new TextField("Gateway");
    private final TextField pools = new TextField("Allocation pools");
    private final Checkbox dhcp = new Checkbox("DHCP");

    /**
     * @param id the id prefix ({@code links-0}): fields are {@code <id>-cidr}, {@code -gateway}, {@code -pools},
     *     {@code -dhcp}
     * @param edited receives the link's layer-3 data after each edit
     */
    public SubnetForm(String id, Optional<L3Data> l3, boolean editable, Consumer<Optional<L3Data>> edited) {
        cidr.setId(id + "-cidr");
        cidr.setPlaceholder("allocated at deploy time");
        cidr.setHelperText("Empty: a free private /24 is allocated at deploy time.");
        gateway.setId(id + "-gateway");
        gateway.setPlaceholder("none");
        pools.setId(id + "-pools");
        pools.setPlaceholder("whole subnet");
        pools.setHelperText("first-last, comma separated");
        dhcp.setId(id + "-dhcp");
        dhcp.setTooltipText("Addresses from DHCP on the link; otherwise each connection point gets a static one.");
        cidr.setValue(l3.map(L3Data::cidr).orElse(""));
        gateway.setValue(l3.flatMap(L3Data::gateway).orElse(""));
        pools.setValue(l3.map(l -> Subnets.poolsText(l.allocationPools())).orElse(""));
        dhcp.setValue(l3.map(L3Data::dhcp).orElse(false));
        for (TextField field : new TextField[] {cidr, gateway, pools}) {
            // committed when the field is left: the chain editor redraws from the model after each edit
            field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            field.setReadOnly(!editable);
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    edited.accept(value());
                }
            });
        }
        dhcp.setReadOnly(!editable);
        dhcp.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                edited.accept(value());
            }
        });
        add(cidr, gateway, pools, dhcp);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setPadding(false);
        showFindings();
    }

    /** The layer-3 data as the fields hold it now. */
    public Optional<L3Data> value() {
        Optional<L3Data> l3 = Subnets.l3(cidr.getValue(), gateway.getValue(), pools.getValue(), dhcp.getValue());
        showFindings(l3);
        return l3;
    }

    private void showFindings() {
        showFindings(Subnets.l3(cidr.getValue(), gateway.getValue(), pools.getValue(), dhcp.getValue()));
    }

    private void showFindings(Optional<L3Data> l3) {
        mark(
                cidr,
                l3.flatMap(l -> l.cidr().isEmpty()
                        ? Optional.of("L3-INVALID: a gateway, pools or DHCP need the subnet they belong to.")
                        : Subnets.cidrProblem(l.cidr())));
        mark(gateway, l3.flatMap(Subnets::gatewayProblem));
        mark(pools, l3.flatMap(Subnets::poolsProblem));
    }

    static void mark(TextField field, Optional<String> problem) {
        field.setInvalid(problem.isPresent());
        field.setErrorMessage(problem.orElse(null));
    }
}
