package io.chainline.console.security.domain;

/** The console's light/dark preference, remembered per user (NOC wall screens run dark). */
public enum ColorSchemePreference {
    /** Follow the operating system / browser setting. */
    SYSTEM,
    LIGHT,
    DARK
}
