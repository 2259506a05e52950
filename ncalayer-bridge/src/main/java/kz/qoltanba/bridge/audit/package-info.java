/** The audit log: every request and every refused connection, never data, signatures or passwords. */
package kz.qoltanba.bridge.audit;
