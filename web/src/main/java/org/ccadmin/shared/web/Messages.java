package org.ccadmin.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.ccadmin.shared.domain.ConflictException;

/** Labels and messages from the console's resource bundle ({@code org.ccadmin.web.messages}). */
@RequestScoped
public class Messages {

    @Inject
    private FacesContext faces;

    public String get(String key, Object... arguments) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            String text = bundle.getString(key);
            return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The domain's sentence for a conflict, followed by what still refers to the item, if anything does. */
    public String conflict(ConflictException e) {
        if (e.references().isEmpty()) {
            return e.getMessage();
        }
        String names = e.references().stream().map(r -> r.resourceType() + " " + r.name())
                .collect(Collectors.joining(", "));
        return e.getMessage() + " " + get("conflict.referencedBy", names);
    }
}
