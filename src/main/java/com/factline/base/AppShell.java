package com.factline.base;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Lumo theme, the app's own CSS (no Node build: plain files under frontend/), and server push. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://assets/factline.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Factline");
    }
}
