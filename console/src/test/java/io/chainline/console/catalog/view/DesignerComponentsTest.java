package io.chainline.console.catalog.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.console.catalog.service.Publishability;
import io.chainline.console.catalog.service.TargetFit;
import io.chainline.console.catalog.service.VnfEdits;
import io.chainline.tosca.model.VduCp;
import io.chainline.tosca.model.VirtualLink;
import io.chainline.tosca.model.VnfDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 at the component level: what the connectivity form adds is in the model the designer saves, and the issues
 * grid keeps one set of columns however often it is shown.
 */
class DesignerComponentsTest {

    private static <T extends Component> T find(Component root, String id, Class<T> type) {
        return descendants(root)
                .filter(c -> c.getId().equals(Optional.of(id)))
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no #" + id));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(DesignerComponentsTest::descendants));
    }

    @Test
    void connectionPointsAndLinksAddedInTheFormAreInTheSavedModel() {
        AtomicInteger refreshes = new AtomicInteger();
        Design design = new Design(DemoDescriptors.firewall(), true, refreshes::incrementAndGet);
        ConnectivityEditor connectivity = new ConnectivityEditor(design);

        find(connectivity, "links-add", Button.class).click();
        find(connectivity, "cps-add", Button.class).click();

        VnfDescriptor saved = design.get();
        assertThat(VnfEdits.flavour(saved).virtualLinks())
                .extracting(VirtualLink::node)
                .contains("inside", "outside", "vl1");
        assertThat(VnfEdits.flavour(saved).cps()).extracting(VduCp::node).contains("fw_cp", "fw_cp_out", "cp1");
        assertThat(refreshes).hasValue(2);
        assertThat(find(connectivity, "links-2-name", com.vaadin.flow.component.textfield.TextField.class)
                        .getValue())
                .isEqualTo("vl1");
    }

    @Test
    void aReadOnlyDesignIgnoresEdits() {
        Design design = new Design(DemoDescriptors.firewall(), false, () -> {});

        assertThat(design.apply(d -> VnfEdits.removeVdu(d, "fw"))).isFalse();
        assertThat(design.get()).isEqualTo(DemoDescriptors.firewall());
    }

    @Test
    void theIssuesGridHasItsColumnsOnce() {
        IssuesPanel panel = new IssuesPanel();
        VnfDescriptor fw = DemoDescriptors.firewall();
        for (int i = 0; i < 3; i++) {
            panel.show(
                    new Publishability(List.of()),
                    TargetFit.of(
                            fw,
                            java.util.ServiceLoader.load(io.chainline.connector.api.Platform.class).stream()
                                    .map(java.util.ServiceLoader.Provider::get)
                                    .filter(p -> !p.kind().name().equals("FAKE")) // the test-only platform
                                    .toList()),
                    true);
        }

        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(panel, "designer-issues", Grid.class);
        assertThat(grid.getColumns()).hasSize(4);
        assertThat(find(panel, "designer-runs-on", com.vaadin.flow.component.html.Span.class)
                        .getText())
                .startsWith("Runs on: Docker host (with Kata registered as runtime kata-qemu), Kubernetes");
    }
}
