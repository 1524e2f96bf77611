package org.ccadmin.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.ccadmin.shared.domain.Page;
import org.ccadmin.shared.domain.PageRequest;

/**
 * The list query every repository runs: free text (case-insensitive "contains", SQL wildcards taken
 * literally) over the given text attributes, an exact id match when the text is a number, extra filters,
 * a sort on one attribute with the id as tiebreaker so that paging is stable, and a count of all matches.
 * Two queries per page, never a full-table load.
 */
public final class PagedSearch<E> {

    private final EntityManager em;
    private final Class<E> type;
    private final List<String> textAttributes = new ArrayList<>();
    private final List<BiFunction<CriteriaBuilder, Root<E>, Predicate>> filters = new ArrayList<>();

    private PagedSearch(EntityManager em, Class<E> type) {
        this.em = em;
        this.type = type;
    }

    public static <E> PagedSearch<E> of(EntityManager em, Class<E> type) {
        return new PagedSearch<>(em, type);
    }

    public PagedSearch<E> text(String... attributes) {
        textAttributes.addAll(List.of(attributes));
        return this;
    }

    public PagedSearch<E> filter(BiFunction<CriteriaBuilder, Root<E>, Predicate> filter) {
        filters.add(filter);
        return this;
    }

    public Page<E> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(where(cb, countRoot, request));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<E> select = cb.createQuery(type);
        Root<E> root = select.from(type);
        select.select(root).where(where(cb, root, request));
        Expression<?> sortKey = root.get(request.sortField());
        List<Order> order = new ArrayList<>();
        order.add(request.ascending() ? cb.asc(sortKey) : cb.desc(sortKey));
        if (!"id".equals(request.sortField())) {
            order.add(request.ascending() ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
        }
        select.orderBy(order);
        List<E> items = total == 0 ? List.of() : em.createQuery(select)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(items, total, request);
    }

    private Predicate[] where(CriteriaBuilder cb, Root<E> root, PageRequest request) {
        List<Predicate> all = new ArrayList<>();
        for (var filter : filters) {
            all.add(filter.apply(cb, root));
        }
        if (request.text() != null && !textAttributes.isEmpty()) {
            String pattern = Like.contains(request.text());
            List<Predicate> any = new ArrayList<>();
            for (String attribute : textAttributes) {
                any.add(cb.like(cb.lower(root.get(attribute)), pattern, Like.ESCAPE));
            }
            Long id = asId(request.text());
            if (id != null) {
                any.add(cb.equal(root.get("id"), id));
            }
            all.add(cb.or(any.toArray(Predicate[]::new)));
        }
        return all.toArray(Predicate[]::new);
    }

    private static Long asId(String text) {
        if (!text.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(text);
    }
}
