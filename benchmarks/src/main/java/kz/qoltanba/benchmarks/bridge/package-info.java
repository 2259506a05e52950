/**
 * The bridge's WebSocket benchmark: a client in its own JVM drives a bridge process started with an
 * unattended development key over many sockets, verifies every signature and compares with in-process
 * signing. Not an API and not part of the test suite; see {@code BRIDGE-RESULTS.md}.
 */
package kz.qoltanba.benchmarks.bridge;
