package org.switchboard.ui.shell;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.switchboard.service.i18n.Texts;

/**
 * The menu bar: File, Case (built by the case view: it holds the case actions), Accounts, View (theme,
 * language), Help. Mnemonics make it work without a mouse. FX thread.
 */
final class ShellMenu {
    /** What the menu triggers in the window. */
    interface Actions {
        void loadDemo();

        void quit();

        void showShortcuts();

        void showAbout();

        /** Opens the accounts screen. */
        void openAccounts();

        /** Asks every account to sync now. */
        void syncNow();

        /** Errands (issue 5): the forward dialog (F), the errands view, the mailbox, the directory. */
        boolean forwardCase();

        void openErrands();

        void openMailbox();

        void openDirectory();
    }

    private ShellMenu() {}

    static MenuBar of(Texts texts, ShellViewModel shell, Actions actions, Menu caseMenu) {
        MenuItem demo = item(texts.get("menu.file.demo"), actions::loadDemo);
        demo.setId("menu-demo");
        demo.disableProperty().bind(shell.demoLoadable().not());
        MenuItem quit = item(texts.get("menu.file.quit"), actions::quit);
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = new Menu(texts.get("menu.file"), null, demo, new SeparatorMenuItem(), quit);

        MenuItem manage = item(texts.get("menu.accounts.manage"), actions::openAccounts);
        manage.setId("menu-accounts");
        manage.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        MenuItem sync = item(texts.get("menu.accounts.sync"), actions::syncNow);
        sync.setId("menu-sync");
        sync.setAccelerator(KeyCombination.keyCombination("F5"));
        Menu accounts = new Menu(texts.get("menu.accounts"), null, manage, sync);

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = radio(texts.get("menu.view.light"), themes, ShellViewModel.LIGHT.equals(shell.theme().get()));
        light.setId("menu-theme-light");
        light.setOnAction(e -> shell.chooseTheme(ShellViewModel.LIGHT));
        RadioMenuItem dark = radio(texts.get("menu.view.dark"), themes, ShellViewModel.DARK.equals(shell.theme().get()));
        dark.setId("menu-theme-dark");
        dark.setOnAction(e -> shell.chooseTheme(ShellViewModel.DARK));

        ToggleGroup languages = new ToggleGroup();
        String now = shell.texts().get().language();
        RadioMenuItem german = radio(texts.get("menu.view.language.de"), languages, "de".equals(now));
        german.setId("menu-language-de");
        german.setOnAction(e -> shell.chooseLanguage("de"));
        RadioMenuItem english = radio(texts.get("menu.view.language.en"), languages, "en".equals(now));
        english.setId("menu-language-en");
        english.setOnAction(e -> shell.chooseLanguage("en"));
        Menu language = new Menu(texts.get("menu.view.language"), null, german, english);
        Menu view = new Menu(texts.get("menu.view"), null, light, dark, new SeparatorMenuItem(), language);

        MenuItem shortcuts = item(texts.get("menu.help.shortcuts"), actions::showShortcuts);
        shortcuts.setAccelerator(KeyCombination.keyCombination("F1"));
        MenuItem about = item(texts.get("menu.help.about"), actions::showAbout);
        Menu help = new Menu(texts.get("menu.help"), null, shortcuts, about);

        MenuBar bar = new MenuBar(file, caseMenu, accounts, errandsMenu(texts, actions), view, help);
        bar.setId("main-menu");
        return bar;
    }

    private static Menu errandsMenu(Texts texts, Actions actions) {
        MenuItem forward = item(texts.get("menu.errands.forward"), actions::forwardCase);
        forward.setId("menu-forward");
        MenuItem list = item(texts.get("menu.errands.list"), actions::openErrands);
        list.setId("menu-errands");
        list.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        MenuItem mailbox = item(texts.get("menu.errands.mailbox"), actions::openMailbox);
        mailbox.setId("menu-mailbox");
        MenuItem directory = item(texts.get("menu.errands.directory"), actions::openDirectory);
        directory.setId("menu-directory");
        return new Menu(texts.get("menu.errands"), null, forward, list, new SeparatorMenuItem(), mailbox, directory);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setOnAction(e -> action.run());
        return i;
    }

    private static RadioMenuItem radio(String text, ToggleGroup group, boolean selected) {
        RadioMenuItem r = new RadioMenuItem(text);
        r.setToggleGroup(group);
        r.setSelected(selected);
        return r;
    }
}
