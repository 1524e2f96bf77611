package org.ccadmin.authority.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;
import org.ccadmin.authority.domain.AuthorityException;
import org.ccadmin.authority.domain.FieldProblem;
import org.ccadmin.authority.domain.InvalidInputException;

/** Puts a refusal where the administrator looks: each field's problem beside the field, the rest on top of the form. */
final class Feedback {

    private Feedback() {
    }

    static void refused(String formId, AuthorityException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof InvalidInputException invalid) {
            for (FieldProblem p : invalid.errors()) {
                String clientId = formId + ":" + p.field();
                UIComponent field = faces.getViewRoot().findComponent(":" + clientId);
                faces.addMessage(field != null ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), p.message()));
            }
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
        }
        faces.validationFailed();
    }

    static void done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = ResourceBundle.getBundle("org.ccadmin.authority.web.messages", faces.getViewRoot().getLocale()).getString(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
