package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YScalar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** TOSCA property constraints (valid_values, in_range, greater_or_equal, length, pattern…) on one value. */
final class ConstraintChecker {

    private final Context context;

    ConstraintChecker(Context context) {
        this.context = context;
    }

    void check(YNode value, List<YNode> constraints, String property) {
        if (Functions.isFunction(value)) {
            return;
        }
        for (YNode constraint : constraints) {
            if (constraint instanceof YMap map && map.entries().size() == 1) {
                var entry = map.entries().entrySet().iterator().next();
                checkOne(value, entry.getKey(), entry.getValue(), property);
            }
        }
    }

    private void checkOne(YNode value, String operator, YNode operand, String property) {
        boolean ok = switch (operator) {
            case "equal" -> same(value, operand);
            case "valid_values" ->
                operand instanceof YList list && list.items().stream().anyMatch(v -> same(value, v));
            case "greater_than" -> compare(value, operand).map(c -> c > 0).orElse(true);
            case "greater_or_equal" -> compare(value, operand).map(c -> c >= 0).orElse(true);
            case "less_than" -> compare(value, operand).map(c -> c < 0).orElse(true);
            case "less_or_equal" -> compare(value, operand).map(c -> c <= 0).orElse(true);
            case "in_range" -> inRange(value, operand);
            case "length" ->
                length(value)
                        .map(l -> number(operand).map(n -> n.intValue() == l).orElse(true))
                        .orElse(true);
            case "min_length" ->
                length(value)
                        .map(l -> number(operand).map(n -> l >= n.intValue()).orElse(true))
                        .orElse(true);
            case "max_length" ->
                length(value)
                        .map(l -> number(operand).map(n -> l <= n.intValue()).orElse(true))
                        .orElse(true);
            case "pattern" -> pattern(value, operand);
            default -> true; // unknown operators are reported where the type is defined
        };
        if (!ok) {
            context.report(
                    IssueCode.TOSCA_VALUE_CONSTRAINT,
                    value,
                    "The value " + show(value) + " of '" + property + "' does not satisfy " + operator + " "
                            + show(operand) + ".");
        }
    }

    private static boolean same(YNode value, YNode other) {
        if (value instanceof YScalar a && other instanceof YScalar b) {
            Optional<BigDecimal> x = a.asNumber();
            Optional<BigDecimal> y = b.asNumber();
            if (x.isPresent() && y.isPresent()) {
                return x.get().compareTo(y.get()) == 0;
            }
            return a.text().equals(b.text());
        }
        return false;
    }

    private static Optional<Integer> compare(YNode value, YNode operand) {
        Optional<BigDecimal> x = number(value);
        Optional<BigDecimal> y = number(operand);
        return x.isPresent() && y.isPresent() ? Optional.of(x.get().compareTo(y.get())) : Optional.empty();
    }

    private static boolean inRange(YNode value, YNode operand) {
        if (!(operand instanceof YList bounds) || bounds.items().size() != 2) {
            return true;
        }
        Optional<BigDecimal> x = number(value);
        Optional<BigDecimal> low = number(bounds.items().get(0));
        Optional<BigDecimal> high = number(bounds.items().get(1));
        boolean unboundedHigh =
                bounds.items().get(1) instanceof YScalar s && s.text().equals("UNBOUNDED");
        if (x.isEmpty() || low.isEmpty() || (high.isEmpty() && !unboundedHigh)) {
            return true;
        }
        return x.get().compareTo(low.get()) >= 0 && (unboundedHigh || x.get().compareTo(high.get()) <= 0);
    }

    private static Optional<BigDecimal> number(YNode node) {
        return node instanceof YScalar scalar ? scalar.asNumber() : Optional.empty();
    }

    private static Optional<Integer> length(YNode value) {
        if (value instanceof YScalar scalar) {
            return Optional.of(scalar.text().length());
        }
        return value instanceof YList list ? Optional.of(list.items().size()) : Optional.empty();
    }

    private static boolean pattern(YNode value, YNode operand) {
        if (!(value instanceof YScalar scalar) || !(operand instanceof YScalar regex)) {
            return true;
        }
        try {
            return Pattern.compile(regex.text()).matcher(scalar.text()).matches();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }

    private static String show(YNode node) {
        return node instanceof YScalar s ? "'" + s.text() + "'" : node.kind();
    }
}
