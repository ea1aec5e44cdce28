package dev.integrations.integration.boundary;

import java.net.URI;

/** {@code integrations.twilio}, deprecated; any string member is {@code null} when absent. */
public record TwilioConfiguration(
        boolean enabled,
        String accountSID,
        String authToken,
        String fromPhoneNumber,
        String messagingServiceSid,
        URI url) {}
