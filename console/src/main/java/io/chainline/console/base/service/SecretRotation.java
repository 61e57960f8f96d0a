package io.chainline.console.base.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key rotation: with the new key as {@code CHAINLINE_MASTER_KEY} and the old one in
 * {@code CHAINLINE_MASTER_KEY_PREVIOUS}, reseals every stored secret with the new key, all or nothing. Afterwards the
 * old key can be dropped (docs/operations.md).
 */
@Service
public class SecretRotation {

    private static final Logger log = LoggerFactory.getLogger(SecretRotation.class);

    private final SecretBox box;
    private final List<SealedSecrets> holders;

    SecretRotation(SecretBox box, List<SealedSecrets> holders) {
        this.box = box;
        this.holders = holders;
    }

    /** How many values each holder resealed. */
    @Transactional
    public Map<String, Integer> rotate() {
        Map<String, Integer> resealed = new LinkedHashMap<>();
        for (SealedSecrets holder : holders) {
            resealed.put(holder.holder(), holder.reseal(box));
        }
        log.info("chainline.secrets.rotated {}", resealed);
        return resealed;
    }
}
