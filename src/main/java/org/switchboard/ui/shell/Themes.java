package org.switchboard.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** AtlantaFX's Primer themes as the user-agent stylesheet; our CSS only uses their colour variables. */
final class Themes {
    private Themes() {}

    /** Applies {@code light} or {@code dark} to every window of the application. FX thread. */
    static void apply(String theme) {
        Application.setUserAgentStylesheet(ShellViewModel.DARK.equals(theme)
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
