package org.ccadmin.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.DomainException;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.domain.InvalidInputException;
import org.ccadmin.shared.domain.ResourceNotFoundException;
import org.ccadmin.shared.domain.StaleChangeStampException;
import org.primefaces.PrimeFaces;

/**
 * Shows the outcome of a form's save. The domain decides what is wrong; this class only places its
 * messages: each {@link FieldError} beside the input of that field (client id {@code form:input}), an
 * error without a matching input above the form (the form's {@code p:messages for="<formId>"}), and
 * successes in the page's growl. A refused save marks the request as failed, so a dialog's
 * {@code oncomplete="if (!args.validationFailed) …"} keeps it open, and sets the callback parameter
 * {@code saved}.
 */
@RequestScoped
public class FormMessages {

    @Inject
    private FacesContext faces;

    @Inject
    private Messages text;

    /**
     * A save the domain refused, shown the same way in every dialog: invalid input and conflicts about a
     * field beside that field, other conflicts above the form, a stale changeStamp or a vanished item with the
     * page's own sentence ({@code stale}, {@code gone}). The dialog stays open.
     */
    public void refusedSave(String formId, DomainException e, UnaryOperator<String> inputFor, String stale, String gone) {
        if (e instanceof InvalidInputException invalid) {
            fieldErrors(formId, invalid.errors(), inputFor);
        } else if (e instanceof StaleChangeStampException) {
            formError(formId, stale);
        } else if (e instanceof ResourceNotFoundException) {
            formError(formId, gone);
        } else if (e instanceof ConflictException conflict && !conflict.errors().isEmpty()) {
            fieldErrors(formId, conflict.errors(), inputFor);
        } else if (e instanceof ConflictException conflict) {
            formError(formId, text.conflict(conflict));
        } else {
            formError(formId, e.getMessage());
        }
        refused();
    }

    /**
     * A delete from a list that did not happen, in the growl: {@code stale} when the row changed since the
     * list was shown, {@code gone} (as information) when someone else deleted it already.
     */
    public void refusedDelete(DomainException e, Messages text, String stale, String gone) {
        if (e instanceof StaleChangeStampException) {
            pageError(stale);
        } else if (e instanceof ResourceNotFoundException) {
            info(gone);
        } else if (e instanceof ConflictException conflict) {
            pageError(text.conflict(conflict));
        } else {
            pageError(e.getMessage());
        }
    }

    /**
     * A delete from a detail page that the domain refused. Returns true when the page should still go back to
     * its list (the item was already gone, which {@code gone} says as information), false when it stays with
     * the reason in its form ({@code stale} for a changeStamp conflict, a conflict with its references).
     */
    public boolean leaveAfterRefusedDelete(String formId, DomainException e, String stale, String gone) {
        if (e instanceof ResourceNotFoundException) {
            info(gone);
            return true;
        }
        if (e instanceof StaleChangeStampException) {
            formError(formId, stale);
        } else if (e instanceof ConflictException conflict) {
            formError(formId, text.conflict(conflict));
        } else {
            formError(formId, e.getMessage());
        }
        refused();
        return false;
    }

    /** Places each error beside its input; {@code inputFor} maps a domain field name to an input id. */
    public void fieldErrors(String formId, List<FieldError> errors, UnaryOperator<String> inputFor) {
        for (FieldError error : errors) {
            String clientId = formId + UINamingContainer.getSeparatorChar(faces) + inputFor.apply(error.field());
            UIComponent input = faces.getViewRoot().findComponent(clientId);
            if (input != null && input.isRendered()) {
                String besideInput = labelled(error, input);
                faces.addMessage(input.getClientId(faces), error(besideInput.equals(error.message()) ? text.labelled(error) : besideInput));
            } else {
                formError(formId, text.labelled(error));
            }
        }
    }

    /**
     * The domain writes messages for API clients, starting with the field's name ("taskLife must be …"); beside
     * an input the person sees its label instead ("Task life (seconds) must be …").
     */
    public static String labelled(FieldError error, UIComponent input) {
        Object label = input.getAttributes().get("label");
        return label instanceof String text && !text.isBlank() ? relabelled(error, text) : error.message();
    }

    /**
     * The message with the field's name at its start ("end: '25:00' …", "statusReasonCode is required") replaced
     * by {@code label}; a message that does not start with the field's name is left as it is.
     */
    public static String relabelled(FieldError error, String label) {
        String message = error.message();
        String field = error.field();
        boolean named = message.startsWith(field) && message.length() > field.length()
                && (message.charAt(field.length()) == ' ' || message.charAt(field.length()) == ':');
        return named ? label + message.substring(field.length()) : message;
    }

    /** An error about the form as a whole, shown above its fields. */
    public void formError(String formId, String text) {
        faces.addMessage(formId, error(text));
    }

    /** A note about the form as a whole, e.g. that it was reloaded. */
    public void formInfo(String formId, String text) {
        faces.addMessage(formId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** Keeps the dialog open: the save did not happen. */
    public void refused() {
        faces.validationFailed();
        PrimeFaces.current().ajax().addCallbackParam("saved", false);
    }

    /** The save happened; {@code text} goes to the growl. */
    public void saved(String text) {
        info(text);
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }

    public void info(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A page-level error, shown in the growl. */
    public void pageError(String text) {
        faces.addMessage(null, error(text));
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }
}
