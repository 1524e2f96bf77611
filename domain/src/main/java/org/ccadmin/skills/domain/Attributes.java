package org.ccadmin.skills.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;

/** Repository port of attributes. */
public interface Attributes {

    Optional<Attribute> find(long id);

    Optional<Attribute> findByName(String name);

    /** The attributes with these ids, in one query; missing ids are simply absent. */
    List<Attribute> findAll(Collection<Long> ids);

    boolean nameTaken(String name, Long exceptId);

    long count();

    void add(Attribute attribute);

    Attribute save(Attribute attribute);

    void remove(Attribute attribute);

    /** Text matches name or description; {@code type} null means both types. */
    Page<Attribute> search(AttributeType type, PageRequest page);

    /** Per attribute id: how many agents hold it, for the attributes given (one grouped query). */
    java.util.Map<Long, Long> holderCounts(Collection<Long> attributeIds);

    /** As {@link #holderCounts(Collection)}, counting only members of the given teams (null: every agent). */
    java.util.Map<Long, Long> holderCounts(Collection<Long> attributeIds, java.util.Set<Long> withinTeams);

    /** How many agents hold the attribute. */
    long holders(long attributeId);
}
