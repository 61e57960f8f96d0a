package io.chainline.console.nfvo.api;

import io.chainline.console.base.service.ChainlineException;
import io.chainline.console.base.service.ChainlineException.Category;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * SOL013 attribute-based filtering: {@code (eq,onboardingState,ONBOARDED);(cont,vnfProductName,fw)}. Terms are
 * and-ed; several values in one term are or-ed (eq, cont, gt…) or nor-ed (neq, ncont). An attribute path
 * ({@code _links.self.href}, {@code vnfInstance.targets}) matches when any element of an array along it does.
 * Values holding {@code , ; ( )} or a quote are written in single quotes, a quote inside doubled.
 */
public record Sol013Filter(List<Term> terms) {

    static final Set<String> OPERATORS = Set.of("eq", "neq", "gt", "lt", "gte", "lte", "cont", "ncont");

    public record Term(String op, List<String> path, List<String> values) {}

    public Sol013Filter {
        terms = List.copyOf(terms);
    }

    public static Sol013Filter parse(String text) {
        if (text == null || text.isBlank()) {
            return new Sol013Filter(List.of());
        }
        List<Term> terms = new ArrayList<>();
        Parser parser = new Parser(text.strip());
        do {
            terms.add(parser.term());
        } while (parser.next(';'));
        parser.end();
        return new Sol013Filter(terms);
    }

    public boolean matches(JsonNode resource) {
        return terms.stream().allMatch(t -> matches(t, resource));
    }

    private static boolean matches(Term term, JsonNode resource) {
        List<JsonNode> found = new ArrayList<>();
        collect(resource, term.path(), 0, found);
        boolean negated = term.op().startsWith("n");
        String op = negated ? term.op().substring(1) : term.op();
        boolean any = found.stream().anyMatch(node -> term.values().stream().anyMatch(v -> compare(op, node, v)));
        return negated != any;
    }

    private static void collect(JsonNode node, List<String> path, int at, List<JsonNode> found) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, path, at, found));
            return;
        }
        if (at == path.size()) {
            found.add(node);
            return;
        }
        collect(node.get(path.get(at)), path, at + 1, found);
    }

    private static boolean compare(String op, JsonNode node, String value) {
        if (!node.isValueNode()) {
            return false;
        }
        String text = node.asString();
        return switch (op) {
            case "eq" -> text.equals(value);
            case "cont" -> text.contains(value);
            default -> {
                int order = order(node, text, value);
                yield switch (op) {
                    case "gt" -> order > 0;
                    case "lt" -> order < 0;
                    case "gte" -> order >= 0;
                    default -> order <= 0;
                };
            }
        };
    }

    /** Numbers by value; anything else (ISO timestamps, versions as text) by its text. */
    private static int order(JsonNode node, String text, String value) {
        if (node.isNumber()) {
            try {
                return new BigDecimal(text).compareTo(new BigDecimal(value));
            } catch (NumberFormatException e) {
                throw invalid("'" + value + "' is compared with a number; give a number.");
            }
        }
        return text.compareTo(value);
    }

    static ChainlineException invalid(String why) {
        return new ChainlineException(
                "FILTER-INVALID",
                Category.MALFORMED,
                "The filter is not SOL013's (op,attribute,value[,value…]);…: " + why);
    }

    /** A small recursive-descent reader of the filter grammar. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Term term() {
            expect('(');
            String op = word();
            if (!OPERATORS.contains(op)) {
                throw invalid("'" + op + "' is no operator; use one of " + new java.util.TreeSet<>(OPERATORS) + ".");
            }
            expect(',');
            String attribute = word();
            if (attribute.isEmpty()) {
                throw invalid("a term names no attribute.");
            }
            List<String> values = new ArrayList<>();
            while (next(',')) {
                values.add(value());
            }
            expect(')');
            if (values.isEmpty()) {
                throw invalid("(" + op + "," + attribute + ") compares with no value.");
            }
            return new Term(op, List.of(attribute.split("\\.")), values);
        }

        boolean next(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        void end() {
            if (at != text.length()) {
                throw invalid("unexpected '" + text.substring(at) + "' after the last term.");
            }
        }

        private void expect(char c) {
            if (!next(c)) {
                throw invalid("expected '" + c + "' at character " + (at + 1) + " of " + text + ".");
            }
        }

        private String word() {
            int start = at;
            while (at < text.length() && ",;()'".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            return text.substring(start, at).strip();
        }

        private String value() {
            if (!next('\'')) {
                return word();
            }
            StringBuilder value = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '\'') {
                    if (next('\'')) {
                        value.append('\'');
                        continue;
                    }
                    return value.toString();
                }
                value.append(c);
            }
            throw invalid("a quoted value is not closed.");
        }
    }
}
