package io.chainline.console.overview.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every area in the navigation has a line on the overview saying what it is for (issue 18: Onboarding was missing). */
class OverviewAreasTest {

    private static List<String> menuRoutes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<String> routes = new java.util.ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("io.chainline.console")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            routes.add(OverviewView.normalised(view.getAnnotation(Route.class).value()));
        }
        return routes;
    }

    @Test
    void everyMenuRouteButTheOverviewItselfIsDescribed() throws Exception {
        List<String> routes = menuRoutes();

        assertThat(routes).as("the scan finds the views").contains("", "catalog", "onboarding", "tokens");
        assertThat(routes.stream().filter(r -> !r.isEmpty()))
                .allSatisfy(route -> assertThat(OverviewView.describe(route))
                        .as("overview line for /%s", route)
                        .isNotBlank());
        assertThat(OverviewView.AREAS.keySet())
                .as("no line for an area that is gone")
                .isSubsetOf(routes);
    }

    @Test
    void pathsAreComparedWithoutTheirSlashes() {
        assertThat(OverviewView.normalised("/admin/users/")).isEqualTo("admin/users");
        assertThat(OverviewView.describe("no-such-area")).isEmpty();
    }
}
