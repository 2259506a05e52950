/**
 * Unattended mode (automation and tests, enabled only by {@code --unattended} on the command line): the
 * {@link kz.qoltanba.bridge.signing.UserInteraction} that answers by itself with configured keys, and the
 * loopback-only control endpoint ({@code POST /unattended/next}, {@code GET /unattended/log}) that queues the
 * next answers.
 */
package kz.qoltanba.bridge.unattended;
