package io.chainline.console.catalog.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.chainline.console.catalog.domain.DescriptorState;
import io.chainline.console.catalog.service.CatalogExchange;
import io.chainline.console.catalog.service.CatalogQuery;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.PnfCatalog;
import io.chainline.console.catalog.service.VnfSummary;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;

/** The VNF catalog: searchable, sortable, loaded page by page from the database; the way into the designer. */
@Route("catalog")
@PageTitle("Catalog")
@Menu(order = 10, icon = "vaadin:package", title = "Catalog")
@RolesAllowed(Role.VIEWER_NAME)
public class CatalogView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final CatalogService catalog;
    private final Grid<VnfSummary> grid = new Grid<>(VnfSummary.class, false);
    private final TextField search = new TextField();
    private final Select<Optional<DescriptorState>> state = new Select<>();

    public CatalogView(CatalogService catalog, CatalogExchange exchange, PnfCatalog pnfs, CurrentUser user) {
        this.catalog = catalog;
        setId("view-catalog");
        setSizeFull();
        search.setId("catalog-search");
        search.setPlaceholder("Search product, provider, descriptor id or version");
        search.setWidth("28em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        state.setId("catalog-state");
        state.setItems(
                Optional.empty(),
                Optional.of(DescriptorState.DRAFT),
                Optional.of(DescriptorState.PUBLISHED),
                Optional.of(DescriptorState.DEPRECATED));
        state.setItemLabelGenerator(s -> s.map(StateBadge::label).orElse("Any state"));
        state.setValue(Optional.empty());
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout toolbar = new HorizontalLayout(search, state);
        boolean operator =
                user.account().map(a -> a.role().includes(Role.OPERATOR)).orElse(false);
        PnfList pnfList = new PnfList(pnfs);
        if (operator) {
            Button create = new Button("New VNF", e -> new NewVnfDialog(catalog, user, CatalogView::open).open());
            create.setId("catalog-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importButton = new Button("Import…", e -> importDialog(exchange, user, pnfList));
            importButton.setId("catalog-import");
            toolbar.add(create, importButton);
        }
        configureGrid();
        add(toolbar, grid, pnfList);
        // the PNF list sits below: the VNF grid takes the room left, never all of it
        grid.setWidthFull();
        grid.setMinHeight("20em");
        setFlexGrow(1, grid);
    }

    /** Whatever an import stored is listed once the dialog closes (it may store more than one attempt's worth). */
    private void importDialog(CatalogExchange exchange, CurrentUser user, PnfList pnfList) {
        ImportDialog dialog = new ImportDialog(exchange, user, CatalogView::open);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                grid.getDataProvider().refreshAll();
                pnfList.refresh();
            }
        });
        dialog.open();
    }

    /** The grid fetches one page at a time from the catalog, filtered and sorted by the database. */
    private void bindLazily() {
        grid.setItems(
                query ->
                        catalog
                                .search(
                                        currentQuery(),
                                        query.getOffset(),
                                        query.getLimit(),
                                        sort(query.getSortOrders()))
                                .stream(),
                query -> (int) catalog.count(currentQuery()));
    }

    private void configureGrid() {
        grid.setId("catalog-grid");
        grid.addColumn(VnfSummary::productName)
                .setHeader("Product")
                .setKey("productName")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(VnfSummary::provider)
                .setHeader("Provider")
                .setKey("provider")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(VnfSummary::descriptorVersion)
                .setHeader("Version")
                .setKey("descriptorVersion")
                .setSortable(true);
        grid.addColumn(VnfSummary::softwareVersion)
                .setHeader("Software")
                .setKey("softwareVersion")
                .setSortable(true);
        grid.addComponentColumn(v -> new StateBadge(v.state()))
                .setHeader("State")
                .setKey("state")
                .setSortable(true);
        grid.addColumn(VnfSummary::vduCount)
                .setHeader("VDUs")
                .setKey("vduCount")
                .setSortable(true);
        grid.addColumn(VnfSummary::architectures).setHeader("Architectures");
        grid.addColumn(v -> WHEN.format(v.updatedAt()) + " by " + v.updatedBy())
                .setHeader("Changed")
                .setKey("updatedAt")
                .setSortable(true)
                .setAutoWidth(true);
        bindLazily();
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("productName")).build());
        grid.addItemClickListener(e -> open(e.getItem().id()));
    }

    private CatalogQuery currentQuery() {
        return new CatalogQuery(search.getValue(), state.getValue() == null ? Optional.empty() : state.getValue());
    }

    private static Sort sort(java.util.List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        Sort sort = Sort.unsorted();
        for (var order : orders) {
            Sort next = Sort.by(order.getSorted());
            sort = sort.and(order.getDirection() == SortDirection.DESCENDING ? next.descending() : next.ascending());
        }
        return sort;
    }

    static void open(UUID id) {
        UI.getCurrent().navigate(VnfDesignerView.class, new RouteParameters("id", id.toString()));
    }
}
