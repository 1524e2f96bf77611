package org.ccadmin.agents.domain;

import java.lang.reflect.Field;
import org.ccadmin.skills.domain.Attribute;
import org.ccadmin.skills.domain.AttributeDraft;
import org.ccadmin.skills.domain.AttributeType;

/** Gives entities the database id they would get when stored: the domain compares held values by id. */
final class TestIds {

    private TestIds() {
    }

    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static Attribute booleanAttribute(long id, String name) {
        return withId(Attribute.create(new AttributeDraft(name, null, AttributeType.BOOLEAN, null)), id);
    }

    static Attribute proficiency(long id, String name) {
        return withId(Attribute.create(new AttributeDraft(name, null, AttributeType.PROFICIENCY, null)), id);
    }
}
