/**
 * The bridge's configuration: the home directory per OS, the layered sources (defaults, file, environment and
 * system properties, command line) and the validated {@link kz.qoltanba.bridge.config.BridgeConfig}.
 */
package kz.qoltanba.bridge.config;
