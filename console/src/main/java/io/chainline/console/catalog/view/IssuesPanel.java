package io.chainline.console.catalog.view;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.chainline.console.catalog.service.DesignIssue;
import io.chainline.console.catalog.service.Publishability;
import io.chainline.console.catalog.service.TargetFit;

/**
 * The designer's verdict: whether the design publishes (by {@link Publishability}, the rule publishing applies), every
 * issue with where to fix it, and which kinds of target can run the design. Built once per page; {@link #show}
 * refreshes its contents, so the grid's columns are added exactly once.
 */
final class IssuesPanel extends VerticalLayout {

    private final Span count = new Span();
    private final Span runsOn = new Span();
    private final Grid<DesignIssue> issues = new Grid<>(DesignIssue.class, false);

    IssuesPanel() {
        count.setId("designer-issue-count");
        runsOn.setId("designer-runs-on");
        issues.setId("designer-issues");
        issues.addColumn(DesignIssue::code).setHeader("Code").setAutoWidth(true);
        issues.addColumn(i -> i.node().isEmpty() ? i.path() : i.node())
                .setHeader("Where")
                .setAutoWidth(true);
        issues.addColumn(i -> i.error() ? "Error" : "Warning")
                .setHeader("Severity")
                .setAutoWidth(true);
        issues.addColumn(DesignIssue::message).setHeader("What to do").setFlexGrow(1);
        issues.setAllRowsVisible(true);
        setPadding(false);
        add(new H3("Issues"), count, runsOn, issues);
    }

    void show(Publishability verdict, TargetFit fit, boolean draft) {
        issues.setItems(verdict.issues());
        // "ready to publish" is only news for a draft; a published version never changes, so say that instead
        count.setText(
                draft
                        ? verdict.summary()
                        : (verdict.issues().isEmpty()
                                        ? "No issues."
                                        : verdict.issues().size() + " finding(s).")
                                + " Published: this version never changes; edit a new version instead.");
        count.getElement()
                .setAttribute("data-errors", String.valueOf(verdict.errors().size()));
        count.getElement().setAttribute("data-publishable", String.valueOf(verdict.publishable()));
        count.getStyle()
                .set(
                        "color",
                        verdict.publishable() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        runsOn.setText(fit.line());
    }
}
