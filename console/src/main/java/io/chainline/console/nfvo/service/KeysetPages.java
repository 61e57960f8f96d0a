package io.chainline.console.nfvo.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * One SQL page of a SOL005 collection (ADR 0044): rows in {@code (created_at, id)} order after a key, at most a limit,
 * narrowed by the SOL013 filter terms that map to columns. The narrowing is never stricter than the filter: a term
 * whose column cannot answer it as the filter would (ordering of text, a value no column holds) is left out here, and
 * the caller evaluates the whole filter on the rows again.
 */
@Component
public class KeysetPages {

    /** How a column's values compare with a filter's text. */
    public enum Kind {
        TEXT,
        ENUM,
        UUID
    }

    /** The entity attribute a SOL013 attribute path reads. */
    public record Column(String field, Kind kind, Class<? extends Enum<?>> enumType) {
        public static Column text(String field) {
            return new Column(field, Kind.TEXT, null);
        }

        public static Column uuid(String field) {
            return new Column(field, Kind.UUID, null);
        }

        public static Column of(String field, Class<? extends Enum<?>> enumType) {
            return new Column(field, Kind.ENUM, enumType);
        }
    }

    /** A filter term as the paging hands it over: op is SOL013's (eq, neq, cont…), path is dotted. */
    public record Term(String op, String path, List<String> values) {}

    /** Where a page starts: after the row with this key. */
    public record Key(Instant createdAt, UUID id) {}

    /** What one page asks: the terms, the key after which it starts, how many rows at most. */
    public record Request(List<Term> terms, Optional<Key> after, int limit) {}

    /** A row in the API's shape with its key, so the next page can start after it. */
    public record Keyed<V>(Key key, V view) {}

    private final EntityManager entities;

    KeysetPages(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @param columns the SOL013 attribute paths that map to columns of the entity
     * @param scope a restriction every row of the collection has (a subscription's API), or null
     */
    public <E> List<E> rows(
            Class<E> entity,
            Map<String, Column> columns,
            Request request,
            BiFunction<CriteriaBuilder, Root<E>, Predicate> scope) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<E> query = cb.createQuery(entity);
        Root<E> root = query.from(entity);
        List<Predicate> where = new ArrayList<>();
        if (scope != null) {
            where.add(scope.apply(cb, root));
        }
        request.after().ifPresent(key -> where.add(after(cb, root, key)));
        for (Term term : request.terms()) {
            Column column = columns.get(term.path());
            if (column != null) {
                SqlTerms.predicate(cb, root.get(column.field()), column, term).ifPresent(where::add);
            }
        }
        query.select(root)
                .where(where.toArray(Predicate[]::new))
                .orderBy(cb.asc(root.get("createdAt")), cb.asc(root.get("id")));
        return entities.createQuery(query).setMaxResults(request.limit()).getResultList();
    }

    private static <E> Predicate after(CriteriaBuilder cb, Root<E> root, Key key) {
        Path<Instant> created = root.get("createdAt");
        Expression<UUID> id = root.get("id");
        return cb.or(
                cb.greaterThan(created, key.createdAt()),
                cb.and(cb.equal(created, key.createdAt()), cb.greaterThan(id, key.id())));
    }
}
