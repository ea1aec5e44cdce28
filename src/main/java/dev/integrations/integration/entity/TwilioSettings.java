package dev.integrations.integration.entity;

import dev.integrations.StoredText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The deprecated Twilio block, kept for older clients. */
@Embeddable
public class TwilioSettings {

    public static final String DEFAULT_URL = "https://api.twilio.com";

    @Column(name = "twilio_enabled", nullable = false)
    private boolean enabled;

    @Column(name = "twilio_account_sid", length = StoredText.MAX_LENGTH)
    private String accountSID;

    @Column(name = "twilio_auth_token", length = StoredText.MAX_LENGTH)
    private String authToken;

    @Column(name = "twilio_from_phone_number", length = StoredText.MAX_LENGTH)
    private String fromPhoneNumber;

    @Column(name = "twilio_messaging_service_sid", length = StoredText.MAX_LENGTH)
    private String messagingServiceSid;

    @Column(name = "twilio_url", length = StoredText.MAX_LENGTH)
    private String url = DEFAULT_URL;

    protected TwilioSettings() {}

    public TwilioSettings(
            boolean enabled,
            String accountSID,
            String authToken,
            String fromPhoneNumber,
            String messagingServiceSid,
            String url) {
        this.enabled = enabled;
        this.accountSID = accountSID;
        this.authToken = authToken;
        this.fromPhoneNumber = fromPhoneNumber;
        this.messagingServiceSid = messagingServiceSid;
        this.url = url;
    }

    public boolean enabled() {
        return enabled;
    }

    public String accountSID() {
        return accountSID;
    }

    public String authToken() {
        return authToken;
    }

    public String fromPhoneNumber() {
        return fromPhoneNumber;
    }

    public String messagingServiceSid() {
        return messagingServiceSid;
    }

    public String url() {
        return url;
    }
}
