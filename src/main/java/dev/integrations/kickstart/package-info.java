/**
 * The first start of an installation: what makes it usable before anyone has called it.
 *
 * <ul>
 *   <li>A FusionAuth Kickstart file ({@code INTEGRATIONS_KICKSTART_FILE} or {@code
 *       FUSIONAUTH_APP_KICKSTART_FILE}) is applied while no API key exists apart from the one in
 *       {@code INTEGRATIONS_API_KEY}: its {@code apiKeys[]}, then its {@code requests[]} to the
 *       endpoints this service has, with {@code #{variable}} and {@code #{ENV.NAME}} replaced.
 *   <li>The whole file is applied in one transaction. A file that fails is logged with the failing
 *       request and its Errors document; nothing of it is stored, and it is tried again at the next
 *       start.
 *   <li>Kickstart is trusted: its keys may be key managers, and its requests may grant anything.
 *       When no key in the file is a key manager, its first key becomes one.
 *   <li>{@code INTEGRATIONS_API_KEY} is stored whenever it is not stored yet. Without it and
 *       without a Kickstart file, an empty database gets a generated key, printed once.
 * </ul>
 */
package dev.integrations.kickstart;
