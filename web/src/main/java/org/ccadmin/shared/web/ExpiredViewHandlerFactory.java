package org.ccadmin.shared.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;

/**
 * An ajax request whose view has expired (the server no longer holds its state) would otherwise fail
 * silently: in production Faces only reports it to the browser console. This handler answers it with a
 * reload of the same page, marked {@code ?expired=true} so the layout can say why the page was reloaded.
 * Full-page requests are left alone; web.xml sends them to the "expired" error page. Registered in
 * faces-config.xml.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }

    static final class ExpiredViewHandler extends ExceptionHandlerWrapper {

        ExpiredViewHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getPartialViewContext().isAjaxRequest() && !faces.getResponseComplete()) {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    if (isExpiredView(events.next().getContext().getException())) {
                        events.remove();
                        reload(faces);
                        break;
                    }
                }
            }
            getWrapped().handle();
        }

        private static boolean isExpiredView(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void reload(FacesContext faces) {
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            try {
                faces.getExternalContext().redirect(request.getRequestURI() + "?expired=true");
                faces.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
    }
}
