package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.types.PrimitiveTypes;
import io.chainline.tosca.types.PropertyDef;
import io.chainline.tosca.types.TypeDef;
import io.chainline.tosca.types.TypeKind;
import io.chainline.tosca.yaml.YList;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YScalar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a value against a TOSCA type: primitives, scalar units, lists and maps with their entry schema, and data
 * types with their own properties, recursively. Function calls ({@code get_input}…) are checked elsewhere.
 */
final class ValueChecker {

    private static final Pattern SCALAR_UNIT =
            Pattern.compile("^\\s*[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?\\s*([A-Za-z]+)\\s*$");
    private static final Pattern VERSION = Pattern.compile("^\\d+(\\.\\d+){0,2}([.-][0-9A-Za-z_.-]+)?$");
    private static final Map<String, List<String>> UNITS = Map.of(
            "scalar-unit.size", List.of("b", "kb", "kib", "mb", "mib", "gb", "gib", "tb", "tib"),
            "scalar-unit.time", List.of("d", "h", "m", "s", "ms", "us", "ns"),
            "scalar-unit.frequency", List.of("hz", "khz", "mhz", "ghz"),
            "scalar-unit.bitrate", List.of("bps", "kbps", "kibps", "mbps", "mibps", "gbps", "gibps", "tbps", "tibps"));
    private static final int MAX_DEPTH = 32;

    private final Context context;
    private final ConstraintChecker constraints;

    ValueChecker(Context context) {
        this.context = context;
        this.constraints = new ConstraintChecker(context);
    }

    void check(YNode value, PropertyDef definition) {
        checkNested(value, definition, 0);
    }

    private void check(YNode value, String type, Optional<String> entrySchema, int depth) {
        if (Functions.isFunction(value) || depth > MAX_DEPTH || (value instanceof YScalar s && s.isNull())) {
            return;
        }
        String primitive = PrimitiveTypes.normalise(type);
        switch (primitive) {
            case "string", "timestamp", "any" -> expectScalar(value, type);
            case "integer" -> expect(value, type, s -> s.resolved() == YScalar.Resolved.INTEGER);
            case "float" ->
                expect(
                        value,
                        type,
                        s -> s.resolved() == YScalar.Resolved.INTEGER || s.resolved() == YScalar.Resolved.FLOAT);
            case "boolean" -> expect(value, type, s -> s.resolved() == YScalar.Resolved.BOOLEAN);
            case "version" -> expect(value, type, s -> VERSION.matcher(s.text()).matches());
            case "null" -> {}
            case "range" -> checkRange(value);
            case "list" -> checkList(value, entrySchema, depth);
            case "map" -> checkMap(value, entrySchema, depth);
            default -> {
                if (UNITS.containsKey(primitive)) {
                    checkScalarUnit(value, primitive);
                } else {
                    checkDataType(value, type, depth);
                }
            }
        }
    }

    private void expectScalar(YNode value, String type) {
        if (!(value instanceof YScalar)) {
            context.report(
                    IssueCode.TOSCA_VALUE_TYPE, value, "Expected a " + type + " here, found " + value.kind() + ".");
        }
    }

    private void expect(YNode value, String type, java.util.function.Predicate<YScalar> valid) {
        if (!(value instanceof YScalar scalar) || !valid.test(scalar)) {
            String found = value instanceof YScalar s ? "'" + s.text() + "' (" + s.kind() + ")" : value.kind();
            context.report(
                    IssueCode.TOSCA_VALUE_TYPE, value, "Expected " + article(type) + " here, found " + found + ".");
        }
    }

    private static String article(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private void checkScalarUnit(YNode value, String type) {
        expect(value, type, s -> {
            var m = SCALAR_UNIT.matcher(s.text());
            return m.matches() && UNITS.get(type).contains(m.group(2).toLowerCase(java.util.Locale.ROOT));
        });
    }

    private void checkRange(YNode value) {
        boolean valid = value instanceof YList list
                && list.items().size() == 2
                && list.items().stream()
                        .allMatch(i -> i instanceof YScalar s
                                && (s.resolved() == YScalar.Resolved.INTEGER
                                        || s.text().equals("UNBOUNDED")));
        if (!valid) {
            context.report(
                    IssueCode.TOSCA_VALUE_TYPE,
                    value,
                    "Expected a range: a list of two integers such as [1, 5]" + " (the upper one may be UNBOUNDED).");
        }
    }

    private void checkList(YNode value, Optional<String> entrySchema, int depth) {
        if (!(value instanceof YList list)) {
            context.report(IssueCode.TOSCA_VALUE_TYPE, value, "Expected a list here, found " + value.kind() + ".");
            return;
        }
        entrySchema.ifPresent(schema -> list.items().forEach(item -> check(item, schema, Optional.empty(), depth + 1)));
    }

    private void checkMap(YNode value, Optional<String> entrySchema, int depth) {
        if (!(value instanceof YMap map)) {
            context.report(IssueCode.TOSCA_VALUE_TYPE, value, "Expected a map here, found " + value.kind() + ".");
            return;
        }
        entrySchema.ifPresent(
                schema -> map.entries().values().forEach(item -> check(item, schema, Optional.empty(), depth + 1)));
    }

    private void checkDataType(YNode value, String type, int depth) {
        Optional<TypeDef> dataType = context.types().find(TypeKind.DATA, type);
        if (dataType.isEmpty()) {
            return; // the unknown type is reported once, where it is declared
        }
        Optional<String> primitiveBase = context.types().lineage(dataType.get()).stream()
                .map(t -> t.derivedFrom().orElse(""))
                .filter(PrimitiveTypes::isPrimitive)
                .findFirst();
        if (primitiveBase.isPresent()) {
            check(value, primitiveBase.get(), Optional.empty(), depth + 1);
            return;
        }
        if (!(value instanceof YMap map)) {
            context.report(
                    IssueCode.TOSCA_VALUE_TYPE,
                    value,
                    "Expected a map of " + type + " properties, found " + value.kind() + ".");
            return;
        }
        new PropertiesChecker(context, this).check(map, context.types().properties(dataType.get()), type, depth + 1);
    }

    void checkNested(YNode value, PropertyDef definition, int depth) {
        check(value, definition.type(), definition.entrySchema(), depth);
        if (value instanceof YScalar || value instanceof YList) {
            constraints.check(value, definition.constraints(), definition.name());
        }
    }
}
