package io.chainline.console;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;
import io.chainline.console.base.service.StartupProfile;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Chainline console. Aura is loaded explicitly with plain CSS on top, so no Node/npm frontend build is needed
 * (docs/adr/0003-vaadin-without-frontend-build.md). Before sign-in the page follows the system's light/dark setting;
 * after it, the user's remembered choice.
 * Push lets deployment views follow jobs without reloading.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Push // jobs report progress to open views as it happens
public class ChainlineApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ChainlineApplication.class);
        StartupProfile.install(application);
        application.run(args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/chainline.svg", "any");
    }
}
