package dev.integrations.integration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whether new usernames are moderated, and by which CleanSpeak application. */
@Embeddable
public class UsernameModerationSettings {

    @Column(name = "cleanspeak_moderation_enabled", nullable = false)
    private boolean enabled;

    @Column(name = "cleanspeak_moderation_application_id", length = 36)
    private String applicationId;

    protected UsernameModerationSettings() {}

    public UsernameModerationSettings(boolean enabled, String applicationId) {
        this.enabled = enabled;
        this.applicationId = applicationId;
    }

    public boolean enabled() {
        return enabled;
    }

    public String applicationId() {
        return applicationId;
    }
}
