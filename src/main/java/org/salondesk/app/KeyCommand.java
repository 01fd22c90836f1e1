package org.salondesk.app;

/**
 * A headless command on the booking server's API keys: make one ({@code --new-api-key NAME [--trusted]}), list them
 * ({@code --list-api-keys}) or revoke one ({@code --revoke-api-key NAME}); SalonDesk does it and exits.
 */
record KeyCommand(Action action, String name, boolean trusted) {

    enum Action { CREATE, LIST, REVOKE }
}
