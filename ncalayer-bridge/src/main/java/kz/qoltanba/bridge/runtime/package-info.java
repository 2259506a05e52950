/** The assembled bridge: TLS, module host, audit log and WebSocket server started and stopped together. */
package kz.qoltanba.bridge.runtime;
