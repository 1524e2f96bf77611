package org.ccadmin.agents.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccadmin.shared.domain.FieldError;
import org.ccadmin.shared.web.FormMessages;

/**
 * Places the domain's errors on list elements ({@code attributes[2].value}, {@code set[0].attributeId})
 * beside the editor of that row of a table, whose client id carries the row index
 * ({@code agentForm:tabs:attributesTable:2:level}). {@code findComponent} cannot address a row, so the
 * editor is looked up with {@code invokeOnComponent}, which positions the table on the row. Errors of other
 * fields are returned for {@code FormMessages}.
 */
final class RowErrors {

    private static final Pattern ELEMENT = Pattern.compile("([A-Za-z]+)\\[(\\d+)\\](\\..+)?");

    private RowErrors() {
    }

    /**
     * @param list the list's field name ({@code attributes})
     * @param tableClientId client id of the table showing the list
     * @param editorOfRow the id of the editor in row i, or null if the row has none
     */
    static List<FieldError> place(FacesContext faces, List<FieldError> errors, String list, String tableClientId,
            IntFunction<String> editorOfRow) {
        List<FieldError> rest = new ArrayList<>();
        char separator = UINamingContainer.getSeparatorChar(faces);
        for (FieldError error : errors) {
            Matcher m = ELEMENT.matcher(error.field());
            String editor = m.matches() && m.group(1).equals(list) ? editorOfRow.apply(Integer.parseInt(m.group(2))) : null;
            String clientId = editor == null ? null : tableClientId + separator + m.group(2) + separator + editor;
            // The label is read inside the callback, while the table stands on the row: it names that row's
            // attribute ("English must be …" rather than "attributes[2].value must be …").
            String[] text = new String[1];
            if (clientId != null && faces.getViewRoot().invokeOnComponent(faces, clientId,
                    (context, component) -> text[0] = FormMessages.labelled(error, component))) {
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text[0], null));
            } else {
                rest.add(error);
            }
        }
        return rest;
    }
}
