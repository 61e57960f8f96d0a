package io.chainline.console.base.service;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --chainline.rotate-secrets=true}: start, reseal every secret with the current key, report, and stop. A
 * command rather than a button, because the old key must be given to the process that runs it.
 */
@Component
@ConditionalOnProperty(name = "chainline.rotate-secrets", havingValue = "true")
class SecretRotationCommand implements ApplicationRunner {

    private final SecretRotation rotation;
    private final ConfigurableApplicationContext context;

    SecretRotationCommand(SecretRotation rotation, ConfigurableApplicationContext context) {
        this.rotation = rotation;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        var resealed = rotation.rotate();
        System.out.println("Secrets resealed with the current key: " + resealed
                + ". Remove CHAINLINE_MASTER_KEY_PREVIOUS once every console runs with the new key.");
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
