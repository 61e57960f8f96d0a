package io.chainline.console.nfvo.service;

import io.chainline.console.nfvo.service.KeysetPages.Column;
import io.chainline.console.nfvo.service.KeysetPages.Term;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A SOL013 filter term as a parameterised SQL predicate over one column, when the column answers it as the in-memory
 * filter would: eq/neq on text, enums and UUIDs (several values or-ed, neq nor-ed, a missing value matches neq),
 * cont/ncont on text as LIKE. Ordering terms (gt, lt…) are left to memory: the database's collation orders text
 * differently from Java.
 */
final class SqlTerms {

    private SqlTerms() {}

    static Optional<Predicate> predicate(CriteriaBuilder cb, Path<Object> path, Column column, Term term) {
        boolean negated = term.op().startsWith("n"); // neq, ncont
        String op = negated ? term.op().substring(1) : term.op();
        Optional<Predicate> positive = switch (op) {
            case "eq" -> equal(cb, path, column, term.values());
            case "cont" ->
                column.kind() == KeysetPages.Kind.TEXT
                        ? Optional.of(contains(cb, path.as(String.class), term.values()))
                        : Optional.empty();
            default -> Optional.empty();
        };
        if (!negated) {
            return positive;
        }
        // a row without the attribute matches neq and ncont, as in memory
        return positive.map(p -> cb.or(cb.isNull(path), cb.not(p)));
    }

    /** The values the column can hold; none of them is a predicate nothing matches. */
    private static Optional<Predicate> equal(
            CriteriaBuilder cb, Path<Object> path, Column column, List<String> values) {
        List<Object> typed = switch (column.kind()) {
            case TEXT -> List.copyOf(values);
            case ENUM ->
                values.stream()
                        .map(v -> constant(column.enumType(), v))
                        .filter(Objects::nonNull)
                        .toList();
            case UUID -> {
                if (!values.stream().allMatch(SqlTerms::canonicalUuid)) {
                    yield null; // memory compares the text: "ABC…" never equals the lower-case id it reads
                }
                yield values.stream().<Object>map(UUID::fromString).toList();
            }
        };
        if (typed == null) {
            return Optional.empty();
        }
        if (typed.isEmpty()) {
            return Optional.of(cb.disjunction());
        }
        CriteriaBuilder.In<Object> in = cb.in(path);
        typed.forEach(in::value);
        return Optional.of(in);
    }

    private static Predicate contains(CriteriaBuilder cb, Expression<String> text, List<String> values) {
        return cb.or(values.stream()
                .map(v -> cb.like(text, "%" + escaped(v) + "%", '\\'))
                .toArray(Predicate[]::new));
    }

    static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Object constant(Class<? extends Enum<?>> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static boolean canonicalUuid(String value) {
        try {
            return UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
