package org.ccadmin.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.ccadmin.shared.domain.ConflictException;
import org.ccadmin.shared.domain.FieldError;

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

    /**
     * The label the console shows for a field the domain names: key {@code field.<path>} with the indices left
     * out ({@code specialDays[2].statusReasonCode} is {@code field.specialDays.statusReasonCode}); empty when the
     * bundle has none, so a page only needs the keys of its own fields.
     */
    public Optional<String> fieldLabel(String field) {
        String key = fieldKey(field);
        String label = get(key);
        return label.equals(key) ? Optional.empty() : Optional.of(label);
    }

    /** The bundle key of a field's label: {@code specialDays[2].statusReasonCode} is {@code field.specialDays.statusReasonCode}. */
    public static String fieldKey(String field) {
        return "field." + field.replaceAll("\\[\\d+\\]", "");
    }

    /**
     * The domain writes messages for API clients, starting with the field's name ("statusReasonCode is required
     * …"); a person reads the field's label instead ("Status reason is required …"), where the bundle has one.
     */
    public String labelled(FieldError error) {
        return fieldLabel(error.field()).map(label -> FormMessages.relabelled(error, label)).orElse(error.message());
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
