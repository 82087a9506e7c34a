package org.vagus.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** Menus: File (study commands are contributed), Window (perspectives, views, preferences), Help. */
final class VagusActionBarAdvisor extends ActionBarAdvisor {

    VagusActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        register(ActionFactory.QUIT.create(window));
        register(ActionFactory.PREFERENCES.create(window));
        register(ActionFactory.ABOUT.create(window));
        register(ActionFactory.RESET_PERSPECTIVE.create(window));
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(getAction(ActionFactory.QUIT.getId()));

        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager perspectives = new MenuManager("Open &Perspective", "openPerspective");
        perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
        windowMenu.add(perspectives);
        MenuManager views = new MenuManager("Show &View", "showView");
        views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(views);
        windowMenu.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
        windowMenu.add(new Separator());
        windowMenu.add(getAction(ActionFactory.PREFERENCES.getId()));
        windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(getAction(ActionFactory.ABOUT.getId()));

        menuBar.add(file);
        menuBar.add(windowMenu);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(help);
    }
}
