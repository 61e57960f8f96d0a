package io.chainline.console.security.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.chainline.console.security.domain.Role;
import io.chainline.console.security.service.ApiTokenService;
import io.chainline.console.security.service.ApiTokenService.TokenView;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Your API tokens for scripts and pipelines: create one with a role no higher than yours and a lifetime, copy its
 * secret (shown once), see when each was last used, revoke it.
 */
@Route("tokens")
@PageTitle("API tokens")
@Menu(order = 90, icon = "vaadin:key", title = "API tokens")
@RolesAllowed(Role.VIEWER_NAME)
public class TokensView extends VerticalLayout {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ApiTokenService tokens;
    private final String user;
    private final Grid<TokenView> grid = new Grid<>(TokenView.class, false);

    public TokensView(ApiTokenService tokens, CurrentUser current) {
        this.tokens = tokens;
        this.user = current.username().orElseThrow();
        Role role = current.account().map(a -> a.role()).orElse(Role.VIEWER);
        setId("view-tokens");
        Button create = new Button("New token…", e -> openCreate(role));
        create.setId("tokens-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph("A token acts as you, with the role you give it (never more than yours), until it expires or"
                + " you revoke it. Send it as 'Authorization: Bearer chl_…'."));
        add(new HorizontalLayout(create));
        grid.setId("tokens-grid");
        grid.addColumn(TokenView::name).setHeader("Token").setAutoWidth(true);
        grid.addColumn(t -> t.role().label()).setHeader("Role");
        grid.addColumn(TokenView::hint).setHeader("Starts with");
        grid.addColumn(t -> TIME.format(t.createdAt())).setHeader("Created");
        grid.addColumn(t -> TIME.format(t.expiresAt())).setHeader("Expires");
        grid.addColumn(t -> t.lastUsedAt().map(TIME::format).orElse("never")).setHeader("Last used");
        grid.addColumn(t -> t.active() ? "active" : t.revokedAt().isPresent() ? "revoked" : "expired")
                .setHeader("State");
        grid.addComponentColumn(t -> {
                    Button revoke = new Button("Revoke", e -> {
                        tokens.revoke(t.id(), user, false);
                        refresh();
                    });
                    revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    revoke.addClassName("token-revoke");
                    revoke.setEnabled(t.active());
                    return revoke;
                })
                .setHeader("");
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private void openCreate(Role own) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New API token");
        TextField name = new TextField("Name");
        name.setId("token-name");
        name.setHelperText("What uses it, e.g. vendor-ci or oss-inventory");
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setId("token-role");
        role.setItems(own.grantedRoles());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.VIEWER);
        IntegerField days = new IntegerField("Lifetime (days)");
        days.setId("token-days");
        days.setValue(90);
        dialog.add(new FormLayout(name, role, days));
        Button ok = new Button("Create", e -> {
            ApiTokenService.CreatedToken created = tokens.create(
                    user, own, new ApiTokenService.TokenRequest(name.getValue(), role.getValue(), days.getValue()));
            dialog.close();
            refresh();
            showSecret(created);
        });
        ok.setId("token-create");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    private void showSecret(ApiTokenService.CreatedToken created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Copy your token now");
        TextField secret = new TextField();
        secret.setId("token-secret");
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setValue(created.secret());
        dialog.add(
                new Paragraph("This is the only time Chainline shows it: only a hash is kept. Store it in your"
                        + " pipeline's secret store."),
                secret);
        Button done = new Button("Done", e -> dialog.close());
        done.setId("token-secret-done");
        dialog.getFooter().add(done);
        dialog.setWidth("40em");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(tokens.mine(user));
    }
}
