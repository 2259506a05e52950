/**
 * The module's own HTTP client: the portal's check and upload calls, document downloads and the timestamp
 * service, each through the configured proxy (none, Basic or NTLM). Built on {@link java.net.HttpURLConnection}
 * because it is the JDK client that answers NTLM proxy challenges.
 */
package kz.qoltanba.bundle.nursign.http;
