package org.ccadmin.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets pages read Java records, e.g. {@code #{row.name}} on a {@code MediaRoutingDomainView}. Expression
 * Language 5 (Jakarta EE 10) only knows JavaBean getters, and the services hand out records; EL 6 has this
 * resolver built in, so this class goes away with the move to Jakarta EE 11. Registered in faces-config.xml.
 * Records are read-only here: forms bind to their own mutable form objects.
 */
public class RecordELResolver extends ELResolver {

    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            Map<String, RecordComponent> byName = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                byName.put(component.getName(), component);
            }
            return Map.copyOf(byName);
        }
    };

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        RecordComponent component = component(base, property);
        if (component == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return component.getAccessor().invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException("Cannot read " + property + " of " + base.getClass().getName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (component(base, property) != null) {
            context.setPropertyResolved(base, property);
        }
        return null; // read-only properties have no settable type
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a " + base.getClass().getSimpleName() + " is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private static RecordComponent component(Object base, Object property) {
        if (base instanceof Record && property instanceof String name) {
            return COMPONENTS.get(base.getClass()).get(name);
        }
        return null;
    }
}
