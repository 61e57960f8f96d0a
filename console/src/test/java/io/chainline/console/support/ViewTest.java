package io.chainline.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.chainline.console.security.service.UserService;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * A fast view test (ADR 0026): the console's views run server-side in the test JVM with the real Spring beans on an
 * in-memory H2 (demo data seeded), no servlet container and no Chromium. Every subclass shares one Spring context, so
 * only the first class pays its start-up. A test signs a user in with {@link #signIn}, opens a route with
 * {@code navigate(...)} and finds components by id or by what the user reads, never by class structure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@ViewPackages(packages = "io.chainline.console")
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected UserService users;

    @Autowired
    private UserDetailsService accounts;

    @BeforeEach
    void testUsers() {
        TestUsers.ensure(users);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a stored account, with the authorities the real sign-in grants (its role and those below). */
    protected void signIn(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, user.getPassword(), user.getAuthorities()));
    }

    /** The component with this id anywhere in the UI (open dialogs included). */
    protected <T extends Component> T byId(Class<T> type, String id) {
        return find(type, id).orElseThrow(() -> new AssertionError("no #" + id + " in the UI"));
    }

    protected boolean exists(String id) {
        return find(Component.class, id).isPresent();
    }

    /**
     * Walks the component tree (hidden parts too), then asks browserless' own query, which also reaches a dialog's
     * header and footer slots.
     */
    private <T extends Component> Optional<T> find(Class<T> type, String id) {
        roundTrip(); // attaches what opened since the last one (a dialog joins the UI before the response)
        Optional<T> walked = all().filter(c -> c.getId().equals(Optional.of(id)))
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst();
        return walked.isPresent() ? walked : $(type).withId(id).all().stream().findFirst();
    }

    /** Whether the user sees the component with this id: it and every parent are visible. */
    protected boolean shown(String id) {
        Optional<Component> at = find(Component.class, id);
        if (at.isEmpty()) {
            return false;
        }
        while (at.isPresent()) {
            if (!at.get().isVisible()) {
                return false;
            }
            at = at.get().getParent();
        }
        return true;
    }

    /** The rows of the grid with this id as the user reads them: each row's cell texts joined by " | ". */
    protected List<String> rows(String gridId) {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = byId(Grid.class, gridId);
        GridTester<Grid<Object>, Object> tester = test(grid);
        int columns =
                (int) grid.getColumns().stream().filter(Grid.Column::isVisible).count();
        return IntStream.range(0, tester.size())
                .mapToObj(row -> IntStream.range(0, columns)
                        .mapToObj(col -> cell(tester, row, col))
                        .collect(Collectors.joining(" | ")))
                .toList();
    }

    /** Clicks the button with this id inside a grid's rendered cells (a per-row action such as "Remove"). */
    protected void clickInGrid(String gridId, String buttonId) {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = byId(Grid.class, gridId);
        GridTester<Grid<Object>, Object> tester = test(grid);
        for (int row = 0; row < tester.size(); row++) {
            for (int col = 0; col < grid.getColumns().size(); col++) {
                Optional<Button> button = cellButton(tester, row, col, buttonId);
                if (button.isPresent()) {
                    test(button.get()).click();
                    return;
                }
            }
        }
        throw new AssertionError("no #" + buttonId + " in #" + gridId);
    }

    private static Optional<Button> cellButton(
            GridTester<Grid<Object>, Object> tester, int row, int col, String buttonId) {
        try {
            return descendants(tester.getCellComponent(row, col))
                    .filter(c -> c instanceof Button && c.getId().equals(Optional.of(buttonId)))
                    .map(Button.class::cast)
                    .findFirst();
        } catch (IllegalArgumentException | IllegalStateException textColumn) {
            return Optional.empty();
        }
    }

    private static String cell(GridTester<Grid<Object>, Object> tester, int row, int col) {
        try {
            return tester.getCellText(row, col);
        } catch (IllegalArgumentException | IllegalStateException componentColumn) {
            return tester.getCellComponent(row, col).getElement().getTextRecursively();
        }
    }

    /** Clicks the button with this id as a user would: it fails if the button is disabled or hidden. */
    protected void click(String id) {
        test(byId(Button.class, id)).click();
    }

    /** Types into the text field with this id as a user would (value change from the client, then blur). */
    protected void type(String id, String value) {
        switch (byId(Component.class, id)) {
            case TextField field -> test(field).setValue(value);
            case PasswordField field -> test(field).setValue(value);
            case TextArea field -> test(field).setValue(value);
            case Component other -> throw new AssertionError("#" + id + " is no text input: " + other);
        }
    }

    /** Everything the user can read in the UI right now, dialogs included: for "the page says ..." checks. */
    protected String text() {
        roundTrip();
        return UI.getCurrent()
                .getChildren()
                .map(c -> c.getElement().getTextRecursively())
                .collect(Collectors.joining("\n"));
    }

    /** What the component with this id reads. */
    protected String textOf(String id) {
        return byId(Component.class, id).getElement().getTextRecursively();
    }

    /** The open shared confirmation ({@code Confirm}): its question and what it says will happen. */
    protected String confirmation() {
        ConfirmDialog dialog = byId(ConfirmDialog.class, "confirm-dialog");
        assertThat(dialog.isOpened()).as("the confirmation is open").isTrue();
        return dialog.getElement().getProperty("header", "") + "\n"
                + dialog.getChildren()
                        .map(c -> c.getElement().getTextRecursively())
                        .collect(Collectors.joining("\n"));
    }

    /** No open confirmation dialog is left in the UI. */
    protected boolean confirmationOpen() {
        return $(ConfirmDialog.class).all().stream().anyMatch(ConfirmDialog::isOpened);
    }

    private static Stream<Component> all() {
        return descendants(UI.getCurrent());
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ViewTest::descendants));
    }
}
