package io.chainline.console.fleet.service;

import io.chainline.console.base.service.SealedSecrets;
import io.chainline.console.base.service.SecretBox;
import io.chainline.console.fleet.domain.FleetTarget;
import io.chainline.console.fleet.domain.FleetTargetRepository;
import org.springframework.stereotype.Component;

/** Target access details, for key rotation. */
@Component
class FleetSecrets implements SealedSecrets {

    private final FleetTargetRepository targets;

    FleetSecrets(FleetTargetRepository targets) {
        this.targets = targets;
    }

    @Override
    public String holder() {
        return "fleet targets";
    }

    @Override
    public int reseal(SecretBox box) {
        int count = 0;
        for (FleetTarget target : targets.findAll()) {
            if (box.isStale(target.getAccessSealed())) {
                target.reseal(box.seal(box.open(target.getAccessSealed())));
                count++;
            }
        }
        return count;
    }
}
