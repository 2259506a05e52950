/** The command line: one class per command, exit codes through one mapper. */
package kz.qoltanba.bridge.cli;
