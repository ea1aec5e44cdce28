package dev.integrations.integration.entity;

import dev.integrations.StoredText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** CleanSpeak: where its web service is, and whether usernames are sent to it for moderation. */
@Embeddable
public class CleanSpeakSettings {

    @Column(name = "cleanspeak_enabled", nullable = false)
    private boolean enabled;

    @Column(name = "cleanspeak_api_key", length = StoredText.MAX_LENGTH)
    private String apiKey;

    @Column(name = "cleanspeak_url", length = StoredText.MAX_LENGTH)
    private String url;

    @Embedded
    private UsernameModerationSettings usernameModeration = new UsernameModerationSettings();

    protected CleanSpeakSettings() {}

    public CleanSpeakSettings(
            boolean enabled,
            String apiKey,
            String url,
            UsernameModerationSettings usernameModeration) {
        this.enabled = enabled;
        this.apiKey = apiKey;
        this.url = url;
        this.usernameModeration = usernameModeration;
    }

    public boolean enabled() {
        return enabled;
    }

    public String apiKey() {
        return apiKey;
    }

    public String url() {
        return url;
    }

    public UsernameModerationSettings usernameModeration() {
        return usernameModeration == null ? new UsernameModerationSettings() : usernameModeration;
    }
}
