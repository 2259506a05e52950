/**
 * The local TLS WebSocket server: loopback listeners, the Host check, the origin table at the upgrade, the
 * greeting, heartbeat, routing to modules with strictly ordered answers per socket, and the status page.
 */
package kz.qoltanba.bridge.ws;
