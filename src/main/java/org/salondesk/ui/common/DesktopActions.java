package org.salondesk.ui.common;

/** What the desk asks of the PC: copy a text, open a link (a phone's tel: link opens the softphone). */
public interface DesktopActions {

    void copy(String text);

    void open(String uri);
}
