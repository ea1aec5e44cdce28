-- The one integrations document, with its defaults, and the API keys, stored as digests.
-- Plain SQL that H2 and PostgreSQL both run.

CREATE TABLE integrations (
    id                                   INTEGER NOT NULL PRIMARY KEY,
    version                              BIGINT NOT NULL,
    cleanspeak_enabled                   BOOLEAN NOT NULL,
    cleanspeak_api_key                   VARCHAR(2048),
    cleanspeak_url                       VARCHAR(2048),
    cleanspeak_moderation_enabled        BOOLEAN NOT NULL,
    cleanspeak_moderation_application_id VARCHAR(36),
    kafka_enabled                        BOOLEAN NOT NULL,
    kafka_default_topic                  VARCHAR(2048),
    kafka_producer                       VARCHAR(1048576) NOT NULL,
    twilio_enabled                       BOOLEAN NOT NULL,
    twilio_account_sid                   VARCHAR(2048),
    twilio_auth_token                    VARCHAR(2048),
    twilio_from_phone_number             VARCHAR(2048),
    twilio_messaging_service_sid         VARCHAR(2048),
    twilio_url                           VARCHAR(2048),
    last_update_instant                  TIMESTAMP WITH TIME ZONE
);

INSERT INTO integrations (id, version, cleanspeak_enabled, cleanspeak_moderation_enabled,
                          kafka_enabled, kafka_producer, twilio_enabled, twilio_url)
VALUES (1, 1, FALSE, FALSE, FALSE, '{}', FALSE, 'https://api.twilio.com');

CREATE TABLE api_key (
    selector            VARCHAR(32) NOT NULL PRIMARY KEY,
    digest              VARCHAR(64) NOT NULL,
    id                  VARCHAR(36) NOT NULL UNIQUE,
    name                VARCHAR(2048),
    description         VARCHAR(2048),
    key_manager         BOOLEAN NOT NULL,
    permissions         VARCHAR(1048576) NOT NULL,
    expiration_instant  TIMESTAMP WITH TIME ZONE,
    insert_instant      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_update_instant TIMESTAMP WITH TIME ZONE NOT NULL
);
