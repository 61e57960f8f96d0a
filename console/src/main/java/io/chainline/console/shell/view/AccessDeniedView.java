package io.chainline.console.shell.view;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in user opened an address their role does not allow: say so inside the console, with a way back, instead
 * of Vaadin's bare "could not navigate" page.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not open to your role")
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setId("access-denied");
        add(
                new H2("This page is not open to your role"),
                new Paragraph("'" + event.getLocation().getPath()
                        + "' needs a role you do not have. An administrator can" + " give you one under Users."),
                new RouterLink("Back to the overview", io.chainline.console.overview.view.OverviewView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
