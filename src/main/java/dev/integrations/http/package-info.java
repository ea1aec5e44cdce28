/**
 * The conventions every endpoint of the API shares, as FusionAuth defines them.
 *
 * <ul>
 *   <li>Every failure a client can cause is answered with the Errors document ({@code fieldErrors}
 *       and {@code generalErrors}); codes are {@code [rule]} followed by the field path.
 *   <li>Request bodies are JSON of at most 1 MiB, nested at most 64 levels deep; PATCH bodies come
 *       in three formats chosen by {@code Content-Type}.
 *   <li>{@code POST} with {@code X-HTTP-Method-Override} is treated as the method it names, before
 *       anything else looks at the request.
 *   <li>An unexpected failure is a 500 with an empty body; its stack trace is logged with an id
 *       that the response carries in {@code X-Error-Id}. An unreachable database is a 503.
 * </ul>
 */
package dev.integrations.http;
