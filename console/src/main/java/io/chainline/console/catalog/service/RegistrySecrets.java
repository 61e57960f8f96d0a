package io.chainline.console.catalog.service;

import io.chainline.console.base.service.SealedSecrets;
import io.chainline.console.base.service.SecretBox;
import io.chainline.console.catalog.domain.RegistryCredential;
import io.chainline.console.catalog.domain.RegistryCredentialRepository;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Registry passwords and tokens, for key rotation. */
@Component
class RegistrySecrets implements SealedSecrets {

    private final RegistryCredentialRepository credentials;
    private final Clock clock;

    RegistrySecrets(RegistryCredentialRepository credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public String holder() {
        return "registry credentials";
    }

    @Override
    public int reseal(SecretBox box) {
        int count = 0;
        for (RegistryCredential credential : credentials.findAll()) {
            if (box.isStale(credential.getSecretCiphertext())) {
                credential.set(
                        credential.getUsername(),
                        box.seal(box.open(credential.getSecretCiphertext())),
                        clock.instant());
                count++;
            }
        }
        return count;
    }
}
