/**
 * The desktop face of the bridge: Swing dialogs for choosing and confirming a key (storage, key file, password,
 * certificate, confirmation), the origin consent question, the tray menu, the module manager and the settings
 * window, in Kazakh, Russian and English. Not exported to bundles.
 */
package kz.qoltanba.bridge.ui;
