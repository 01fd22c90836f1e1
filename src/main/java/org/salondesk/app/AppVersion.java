package org.salondesk.app;

/** The version of this build, from the jar's manifest (a development build from the classpath says so). */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
