package io.chainline.console.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Credentials for one private registry; the secret is only ever held sealed (see SecretBox). */
@Entity
@Table(name = "registry_credential")
public class RegistryCredential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 255)
    private String registry;

    @Column(nullable = false, length = 200)
    private String username;

    @Column(name = "secret_ciphertext", nullable = false, length = 2000)
    private String secretCiphertext;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RegistryCredential() {
        // for JPA
    }

    public RegistryCredential(String registry) {
        this.registry = registry;
    }

    public void set(String username, String secretCiphertext, Instant now) {
        this.username = username;
        this.secretCiphertext = secretCiphertext;
        this.updatedAt = now;
    }

    public String getRegistry() {
        return registry;
    }

    public String getUsername() {
        return username;
    }

    public String getSecretCiphertext() {
        return secretCiphertext;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
