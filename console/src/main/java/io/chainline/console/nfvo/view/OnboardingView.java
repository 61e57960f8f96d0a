package io.chainline.console.nfvo.view;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.chainline.console.nfvo.domain.OperationalState;
import io.chainline.console.nfvo.service.FailureDetails;
import io.chainline.console.nfvo.service.NsdService;
import io.chainline.console.nfvo.service.OnboardingChecks;
import io.chainline.console.nfvo.service.Sol005Views;
import io.chainline.console.nfvo.service.SubscriptionService;
import io.chainline.console.nfvo.service.VnfPackageService;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.view.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * What automation onboarded through SOL005: VNF packages and NS descriptors with their onboarding state (and, for a
 * rejected upload, the TOSCA engine's findings with file, line and YAML path), and the notification subscriptions
 * with how their deliveries went. Operators enable and disable packages here as the API's PATCH does.
 */
@Route("onboarding")
@PageTitle("Onboarding")
@Menu(order = 25, icon = "vaadin:inbox", title = "Onboarding")
@RolesAllowed(Role.VIEWER_NAME)
public class OnboardingView extends VerticalLayout {

    private final VnfPackageService packages;
    private final NsdService nsds;
    private final SubscriptionService subscriptions;
    private final OnboardingChecks checks;
    private Map<UUID, OnboardingChecks.CheckView> packageChecks = Map.of();
    private Map<UUID, OnboardingChecks.CheckView> nsdChecks = Map.of();
    private final String user;
    private final boolean operator;
    private final Grid<Sol005Views.VnfPkgInfo> packageGrid = new Grid<>();
    private final Grid<Sol005Views.NsdInfoView> nsdGrid = new Grid<>();
    private final Grid<SubscriptionService.Summary> subscriptionGrid = new Grid<>();
    private Registration polling;

    public OnboardingView(
            VnfPackageService packages,
            NsdService nsds,
            SubscriptionService subscriptions,
            OnboardingChecks checks,
            CurrentUser current) {
        this.packages = packages;
        this.nsds = nsds;
        this.subscriptions = subscriptions;
        this.checks = checks;
        this.user = current.username().orElseThrow();
        this.operator =
                current.account().map(a -> a.role().includes(Role.OPERATOR)).orElse(false);
        setId("view-onboarding");
        setSizeFull();
        add(new Paragraph("Packages and descriptors onboarded through the SOL005 API (/api/vnfpkgm/v2, /api/nsd/v2),"
                + " as their uploads move CREATED → PROCESSING → ONBOARDED or ERROR. An onboarded package is a"
                + " published catalog version. See docs/api.md for the calls. Uploads are checked by the console's"
                + " profile (" + checks.defaultProfile() + "); each row says which profile checked it and how many"
                + " warnings it left: open a row for them."));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("VNF packages", packageGrid());
        tabs.add("NS descriptors", nsdGrid());
        tabs.add("Subscriptions", subscriptionGrid());
        add(tabs);
        refresh();
    }

    private Grid<Sol005Views.VnfPkgInfo> packageGrid() {
        packageGrid.setId("onboarding-packages");
        packageGrid
                .addColumn(p -> Optional.ofNullable(p.vnfProductName()).orElse("—"))
                .setHeader("Product")
                .setAutoWidth(true);
        packageGrid
                .addColumn(p -> Optional.ofNullable(p.vnfdVersion()).orElse(""))
                .setHeader("Version");
        packageGrid
                .addColumn(p -> Optional.ofNullable(p.vnfProvider()).orElse(""))
                .setHeader("Provider");
        packageGrid.addComponentColumn(p -> badge(p.onboardingState())).setHeader("Onboarding");
        packageGrid.addColumn(p -> label(p.operationalState())).setHeader("Operational");
        packageGrid.addColumn(p -> label(p.usageState())).setHeader("Usage");
        packageGrid
                .addColumn(p -> checked(packageChecks.get(p.id())))
                .setHeader("Checked")
                .setAutoWidth(true);
        packageGrid.addColumn(p -> p.id().toString().substring(0, 8)).setHeader("Id");
        if (operator) {
            packageGrid
                    .addComponentColumn(p -> toggle(
                            p.id(),
                            p.onboardingState(),
                            p.operationalState(),
                            (id, state) -> packages.modify(id, Optional.of(state), Optional.empty(), user)))
                    .setHeader("");
        }
        packageGrid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                p -> details(p.onboardingFailureDetails(), packageChecks.get(p.id()))));
        packageGrid.setDetailsVisibleOnClick(true);
        packageGrid.setAllRowsVisible(true);
        return packageGrid;
    }

    private Grid<Sol005Views.NsdInfoView> nsdGrid() {
        nsdGrid.setId("onboarding-nsds");
        nsdGrid.addColumn(n -> Optional.ofNullable(n.nsdName()).orElse("—"))
                .setHeader("NSD")
                .setAutoWidth(true);
        nsdGrid.addColumn(n -> Optional.ofNullable(n.nsdVersion()).orElse("")).setHeader("Version");
        nsdGrid.addColumn(n -> Optional.ofNullable(n.nsdDesigner()).orElse("")).setHeader("Designer");
        nsdGrid.addComponentColumn(n -> badge(n.nsdOnboardingState())).setHeader("Onboarding");
        nsdGrid.addColumn(n -> label(n.nsdOperationalState())).setHeader("Operational");
        nsdGrid.addColumn(n -> label(n.nsdUsageState())).setHeader("Usage");
        nsdGrid.addColumn(n -> checked(nsdChecks.get(n.id())))
                .setHeader("Checked")
                .setAutoWidth(true);
        if (operator) {
            nsdGrid.addComponentColumn(n -> toggle(
                            n.id(),
                            n.nsdOnboardingState(),
                            n.nsdOperationalState(),
                            (id, state) -> nsds.modify(id, Optional.of(state), Optional.empty(), user)))
                    .setHeader("");
        }
        nsdGrid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                n -> details(n.onboardingFailureDetails(), nsdChecks.get(n.id()))));
        nsdGrid.setDetailsVisibleOnClick(true);
        nsdGrid.setAllRowsVisible(true);
        return nsdGrid;
    }

    private Grid<SubscriptionService.Summary> subscriptionGrid() {
        subscriptionGrid.setId("onboarding-subscriptions");
        subscriptionGrid.addColumn(SubscriptionService.Summary::api).setHeader("API");
        subscriptionGrid
                .addColumn(SubscriptionService.Summary::callbackUri)
                .setHeader("Callback")
                .setAutoWidth(true);
        subscriptionGrid.addColumn(SubscriptionService.Summary::authType).setHeader("Authentication");
        subscriptionGrid.addColumn(s -> String.valueOf(s.notificationTypes())).setHeader("Notifications");
        subscriptionGrid.addColumn(SubscriptionService.Summary::delivered).setHeader("Delivered");
        subscriptionGrid.addColumn(SubscriptionService.Summary::pending).setHeader("Pending");
        subscriptionGrid.addColumn(SubscriptionService.Summary::gaveUp).setHeader("Given up");
        subscriptionGrid.addColumn(s -> s.lastError().orElse("")).setHeader("Last error");
        subscriptionGrid.addColumn(SubscriptionService.Summary::createdBy).setHeader("By");
        subscriptionGrid.setAllRowsVisible(true);
        return subscriptionGrid;
    }

    private Button toggle(UUID id, String onboarding, String operational, BiConsumer<UUID, OperationalState> change) {
        boolean enabled = OperationalState.ENABLED.name().equals(operational);
        Button button = new Button(enabled ? "Disable" : "Enable", e -> {
            // a refusal (someone deleted it meanwhile) reaches the console's error handler, which shows its code
            change.accept(id, enabled ? OperationalState.DISABLED : OperationalState.ENABLED);
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName("onboarding-toggle");
        button.setEnabled("ONBOARDED".equals(onboarding));
        return button;
    }

    /** "Interop, 3 warnings": which profile checked an onboarded upload; empty before it onboards. */
    static String checked(OnboardingChecks.CheckView check) {
        if (check == null) {
            return "";
        }
        String profile = switch (check.profile()) {
            case "interop" -> "Interop";
            case "strict" -> "Strict";
            default -> check.profile();
        };
        return profile + ", " + (check.total() == 0 ? "no warnings" : check.total() + " warning(s)");
    }

    /** A rejected upload's findings, or the warnings an onboarded one was accepted with. */
    private static VerticalLayout details(FailureDetails failure, OnboardingChecks.CheckView check) {
        VerticalLayout details = new VerticalLayout();
        details.addClassName("onboarding-failure");
        if (failure != null) {
            details.add(new Span(failure.code() + ": " + failure.detail()));
            failure.issues().stream().limit(20).forEach(i -> details.add(finding(i)));
        } else if (check != null && check.total() > 0) {
            details.addClassName("onboarding-warnings");
            details.add(new Span("Onboarded by the " + check.profile() + " profile with " + check.total()
                    + " warning(s) saying how the package deviates:"));
            check.warnings().forEach(i -> details.add(finding(i)));
        } else {
            details.add(new Span("No findings."));
        }
        return details;
    }

    private static Span finding(FailureDetails.IssueView i) {
        return new Span(i.severity() + " " + i.code() + " " + i.file() + (i.line() > 0 ? ":" + i.line() : "")
                + (i.path().isEmpty() ? "" : " at " + i.path()) + " — " + i.message());
    }

    /** SOL005's state names as words: NOT_IN_USE is "Not in use" (the API keeps SOL005's own). */
    static String label(String state) {
        if (state == null || state.isEmpty()) {
            return "";
        }
        String words = state.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Span badge(String state) {
        Span badge = new Span(label(state));
        String theme = switch (state) {
            case "ONBOARDED" -> "badge success";
            case "ERROR" -> "badge error";
            case "CREATED" -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        badge.getElement().setAttribute("data-state", state);
        return badge;
    }

    private void refresh() {
        packageChecks = checks.vnfPackages();
        nsdChecks = checks.nsds();
        packageGrid.setItems(packages.all().reversed()); // newest first
        nsdGrid.setItems(nsds.all().reversed());
        subscriptionGrid.setItems(subscriptions.summaries());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(3000);
        polling = attach.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }
}
