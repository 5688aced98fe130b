package org.onedoor.platform.tenancy.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import org.onedoor.platform.tenancy.entity.CenterLink;

/**
 * Puts the active center into the address of every form, link and redirect the pages build
 * (registered in platform-core's faces-config.xml, issue #22.2). A postback or an ajax request
 * then acts in the center its page shows, even when another tab switched the center (the cookie)
 * since the page was opened; a redirect after an action stays in it too.
 */
public class CenterViewHandler extends ViewHandlerWrapper {

    public CenterViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        return CDI.current()
                .select(CenterSwitch.class)
                .get()
                .active()
                .map(center -> CenterLink.carrying(url, center.code().value()))
                .orElse(url);
    }
}
