package io.chainline.console.catalog.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.catalog.service.CatalogService;
import io.chainline.console.catalog.service.DemoDescriptors;
import io.chainline.console.security.view.CurrentUser;
import java.util.UUID;
import java.util.function.Consumer;

/** Starts a new VNF product as a draft: who makes it and what it is called; the designer does the rest. */
final class NewVnfDialog extends Dialog {

    NewVnfDialog(CatalogService catalog, CurrentUser user, Consumer<UUID> opened) {
        setHeaderTitle("New VNF");
        TextField provider = new TextField("Provider");
        provider.setId("new-vnf-provider");
        provider.setRequired(true);
        TextField product = new TextField("Product name");
        product.setId("new-vnf-product");
        product.setRequired(true);
        add(new FormLayout(provider, product));
        Button create = new Button("Create draft", e -> {
            // a draft with no provider or name is a catalog row nobody can find or tell apart: ask in place
            boolean missing = markIfBlank(provider, "Who makes it: a company or team name.")
                    | markIfBlank(product, "What it is called, e.g. vFirewall.");
            if (missing) {
                return;
            }
            var draft = catalog.createDraft(
                    DemoDescriptors.blank(
                            provider.getValue().trim(),
                            product.getValue().trim(),
                            UUID.randomUUID().toString()),
                    user.username().orElseThrow());
            close();
            opened.accept(draft.id());
        });
        create.setId("new-vnf-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }

    private static boolean markIfBlank(TextField field, String what) {
        boolean blank = field.getValue().isBlank();
        field.setInvalid(blank);
        field.setErrorMessage(blank ? "Required. " + what : null);
        return blank;
    }
}
