/**
 * The host's signing service: the user chooses the storage, the key file, enters the password, picks a
 * certificate among those passing the request's filters and confirms; then the host signs with
 * signing-core. The questions go through {@link kz.qoltanba.bridge.signing.UserInteraction}, answered by
 * dialogs on a desktop or automatically in unattended mode.
 */
package kz.qoltanba.bridge.signing;
