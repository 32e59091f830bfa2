package com.factline.claim.ui;

import com.factline.base.FactlineException;
import com.factline.claim.Claim;
import com.factline.claim.ClaimFilter;
import com.factline.claim.ClaimService;
import com.factline.claim.ClaimStatus;
import com.factline.base.ui.EmptyState;
import com.factline.project.ProjectId;
import com.factline.source.SourceService;
import com.factline.source.SourceSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** All claims of a project, filterable by source, date range, status and text. */
@Route("projects/:projectId/claims")
@PageTitle("Claims · Factline")
@PermitAll
public class ClaimsView extends VerticalLayout implements BeforeEnterObserver {

    private final ClaimService claims;
    private final SourceService sources;
    private final com.factline.collab.ChangeBus bus;
    private ProjectId projectId = new ProjectId(0);
    private boolean bound;
    /** Whether the project has any article: an empty list then says to import first. */
    private boolean hasArticles;

    final ComboBox<SourceSummary> source = new ComboBox<>("Source");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Select<ClaimStatus> status = new Select<>();
    final TextField text = new TextField("Text");
    final Grid<Claim> grid = new Grid<>(Claim.class, false);
    final Span error = new Span();

    public ClaimsView(ClaimService claims, SourceService sources, com.factline.collab.ChangeBus bus) {
        this.claims = claims;
        this.sources = sources;
        this.bus = bus;
        setSizeFull();
        source.setItemLabelGenerator(s -> s.article().full());
        source.setClearButtonVisible(true);
        status.setLabel("Status");
        status.setItems(ClaimStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(s -> s == null ? "any" : s.dbName());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        // Typed days are read as everywhere else (day before month, or ISO); a day that is none is said to be none,
        // and a To before From is said to be that instead of quietly matching nothing.
        DatePicker.DatePickerI18n days = new DatePicker.DatePickerI18n();
        days.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "d.M.yyyy");
        days.setBadInputErrorMessage("Not a day: type it as 17/03/2023 or 2023-03-17, or pick it in the calendar.");
        days.setMinErrorMessage("To is before From: no claim can lie in that range.");
        from.setI18n(days);
        to.setI18n(days);
        source.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(source, from, to, status, text);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        error.addClassName("fl-error");

        grid.addColumn(c -> c.date() == null ? "no date" : c.date().value().display()).setHeader("Date").setAutoWidth(true)
                .setComparator(c -> c.date() == null ? java.time.LocalDate.MAX : c.date().value().earliest());
        grid.addColumn(Claim::outlet).setHeader("Outlet").setAutoWidth(true);
        // Quotes, statements and event titles are cut short to one line; the whole text is on hover.
        grid.addColumn(Claim::quote).setHeader("Quote").setFlexGrow(3).setTooltipGenerator(Claim::quote);
        grid.addColumn(Claim::statement).setHeader("Statement").setFlexGrow(2).setTooltipGenerator(Claim::statement);
        grid.addColumn(ReaderView::eventOf).setHeader("Event").setFlexGrow(2).setTooltipGenerator(ReaderView::eventOf);
        grid.addColumn(c -> (c.openDiscrepancies() > 0 ? "\u26A0 discrepancy \u00B7 " : "")
                + (c.dateCheck() != null ? "check date" : c.status().dbName())).setHeader("Status").setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("projects/" + projectId.value() + "/sources/"
                + e.getItem().sourceId().value(), com.vaadin.flow.router.QueryParameters.of("claim", String.valueOf(e.getItem().id().value()))));
        add(new H2("Claims"), filters, error, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        projectId = new ProjectId(event.getRouteParameters().getLong("projectId").orElse(0L));
        var articles = sources.list(projectId);
        hasArticles = !articles.isEmpty();
        source.setItems(articles);
        if (!bound) {
            bound = true;
            bus.bindRefresh(this, projectId.value(), this::refresh);
        }
        refresh();
    }

    /** What an empty list says: a filter hides the rest, or where claims are made. */
    EmptyState emptyState() {
        String sourcesPath = "projects/" + projectId.value() + "/sources";
        if (source.getValue() != null || from.getValue() != null || to.getValue() != null || status.getValue() != null
                || !text.getValue().isBlank()) {
            return new EmptyState("No claims match these filters. Clear a filter to see the others.");
        }
        if (!hasArticles) {
            return new EmptyState("No claims yet: this project has no articles. Import one on the Sources page, then select"
                    + " passages in it to make claims.", "Open Sources", sourcesPath);
        }
        return new EmptyState("No claims yet. Claims are made in the reader: open an article on the Sources page and select"
                + " the passage that says what happened.", "Open Sources", sourcesPath);
    }

    void refresh() {
        try {
            error.setText("");
            ClaimFilter f = new ClaimFilter(source.getValue() == null ? null : source.getValue().id().value(),
                    from.getValue(), to.getValue(), status.getValue(), text.getValue(), null);
            // Checked here, where a refusal can be shown; the grid then reads only what scrolls into view.
            claims.page(projectId, f, null, 0, 1);
            grid.setEmptyStateComponent(emptyState());
            grid.setItems(query -> claims.page(projectId, f, null, query.getOffset(),
                    Math.min(query.getLimit(), ClaimService.MAX_PAGE)).items().stream());
        } catch (FactlineException ex) {
            error.setText(ex.getMessage());
        }
    }
}
