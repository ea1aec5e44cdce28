/**
 * API keys: who may call the API, and what each key may call.
 *
 * <ul>
 *   <li>A request carries its key raw in {@code Authorization}. A missing, unknown, expired or
 *       insufficient key, or any {@code X-FusionAuth-TenantId} header, gets 401 with an empty body.
 *   <li>A key is stored only as a SHA-256 digest: the first half of the digest finds the row, the
 *       whole digest is compared in constant time. Keys are checked against the database on every
 *       request, so a revoked key is refused at once, on every instance. The same statement reads
 *       the version of the integrations document, which the filter leaves on the request: a GET
 *       costs one read of the database, shared by the requests that arrive while another such read
 *       runs (each is answered by a read that began after it arrived).
 *   <li>{@code permissions.endpoints} maps an endpoint to its allowed methods; an empty map allows
 *       everything. The method checked is the one after {@code X-HTTP-Method-Override}.
 *   <li>The first key comes from {@code INTEGRATIONS_API_KEY}; without it, a fresh database gets a
 *       generated key that is printed to the log once.
 * </ul>
 */
package dev.integrations.apikey;
