/**
 * The integrations document: how the identity platform talks to CleanSpeak, Kafka and the
 * deprecated Twilio block.
 *
 * <ul>
 *   <li>There is exactly one document, one row stored by the first schema migration; a fresh
 *       installation answers with its defaults.
 *   <li>PUT replaces it, PATCH changes it in one of three formats; either way the result is
 *       normalized (trimmed, Kafka producer defaults added) and validated as a whole, and nothing
 *       is stored when any rule fails.
 *   <li>A change reads and writes the stored row under a row lock, so concurrent changes queue
 *       instead of overwriting each other, also across instances sharing one database. Changes that
 *       wait in one instance are made together, in one transaction, one after the other; each is
 *       answered with its own version, and a rejected one changes nothing.
 *   <li>The wire types in {@code boundary} follow FusionAuth's names; the JPA entity is mapped to
 *       and from them in {@code control.IntegrationMapper} only.
 * </ul>
 */
package dev.integrations.integration;
