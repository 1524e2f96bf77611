package org.ccadmin.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
}
