package io.chainline.console.nfvo.service;

import io.chainline.console.base.service.SealedSecrets;
import io.chainline.console.base.service.SecretBox;
import io.chainline.console.nfvo.domain.Subscription;
import io.chainline.console.nfvo.domain.SubscriptionRepository;
import org.springframework.stereotype.Component;

/** Subscription secrets (basic-auth and OAuth 2.0 client passwords, HMAC keys), for key rotation. */
@Component
class SubscriptionSecrets implements SealedSecrets {

    private final SubscriptionRepository subscriptions;

    SubscriptionSecrets(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String holder() {
        return "notification subscriptions";
    }

    @Override
    public int reseal(SecretBox box) {
        int count = 0;
        for (Subscription subscription : subscriptions.findAll()) {
            String sealed = subscription.getAuthSecret().orElse(null);
            if (sealed != null && box.isStale(sealed)) {
                subscription.reseal(box.seal(box.open(sealed)));
                count++;
            }
        }
        return count;
    }
}
