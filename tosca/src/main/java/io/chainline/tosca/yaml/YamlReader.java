package io.chainline.tosca.yaml;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.issue.Location;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one YAML document into {@link YNode}s with locations, reporting every problem as an issue instead of
 * throwing: invalid UTF-8, syntax errors with their line, duplicate keys (each one, with the line of the repeat),
 * and crossed {@link YamlLimits}.
 */
public final class YamlReader {

    private final YamlLimits limits;

    public YamlReader(YamlLimits limits) {
        this.limits = limits;
    }

    /** @return the document, or empty when it could not be read (the reason is in {@code issues}) */
    public Optional<YNode> read(String file, byte[] bytes, Issues issues) {
        if (bytes.length > limits.maxBytes()) {
            issues.add(
                    IssueCode.YAML_TOO_LARGE,
                    Location.of(file),
                    "",
                    "The file has " + bytes.length + " bytes; at most " + limits.maxBytes()
                            + " are read. Split it into imported files.");
            return Optional.empty();
        }
        Optional<String> text = decode(file, bytes, issues);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return compose(file, text.get(), issues);
    }

    private LoadSettings settings(String file) {
        return LoadSettings.builder()
                .setLabel(file)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // checked by the Converter, to report each duplicate with its own line
                .setMaxAliasesForCollections(limits.maxAliases())
                .setCodePointLimit(limits.maxBytes())
                .setAllowNonScalarKeys(true)
                .build();
    }

    /** Exactly one document, converted; every failure of the YAML engine becomes an issue at its line. */
    private Optional<YNode> compose(String file, String text, Issues issues) {
        try {
            Iterator<Node> documents =
                    new Compose(settings(file)).composeAllFromString(text).iterator();
            if (!documents.hasNext()) {
                issues.add(IssueCode.YAML_EMPTY, new Location(file, 1, 1), "", "The file holds no YAML document.");
                return Optional.empty();
            }
            Node root = documents.next();
            if (documents.hasNext()) {
                issues.add(
                        IssueCode.YAML_MULTIPLE_DOCUMENTS,
                        new Location(file, 1, 1),
                        "",
                        "The file holds more than one YAML document ('---'); a TOSCA file is exactly one.");
                return Optional.empty();
            }
            return new Converter(file, limits, issues).convert(root);
        } catch (MarkedYamlEngineException e) {
            Location where = e.getProblemMark().map(m -> location(file, m)).orElse(Location.of(file));
            issues.add(
                    code(e),
                    where,
                    "",
                    "YAML syntax error: " + e.getProblem() + contextOf(e)
                            + ". Fix the YAML at this line (indentation, quotes, ':' in values).");
        } catch (YamlEngineException e) {
            issues.add(code(e), Location.of(file), "", "The YAML cannot be read: " + e.getMessage());
        } catch (StackOverflowError e) {
            issues.add(
                    IssueCode.YAML_TOO_DEEP,
                    Location.of(file),
                    "",
                    "The YAML is nested too deeply to read; at most " + limits.maxDepth() + " levels are allowed.");
        }
        return Optional.empty();
    }

    private static String contextOf(MarkedYamlEngineException e) {
        return e.getContext() == null ? "" : " (" + e.getContext() + ")";
    }

    private static IssueCode code(YamlEngineException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("aliases")) {
            return IssueCode.YAML_ALIAS_LIMIT;
        }
        if (message.contains("code point") || message.contains("exceeds the limit")) {
            return IssueCode.YAML_TOO_LARGE;
        }
        return IssueCode.YAML_SYNTAX;
    }

    private static Optional<String> decode(String file, byte[] bytes, Issues issues) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            issues.add(
                    IssueCode.YAML_NOT_UTF8,
                    Location.of(file),
                    "",
                    "The file is not valid UTF-8; save it as UTF-8 (TOSCA and YAML 1.2 require it).");
            return Optional.empty();
        }
    }

    static Location location(String file, Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Turns the engine's node graph into YNodes, counting nodes and depth to bound alias expansion. */
    private static final class Converter {
        private final String file;
        private final YamlLimits limits;
        private final Issues issues;
        private int nodes;

        Converter(String file, YamlLimits limits, Issues issues) {
            this.file = file;
            this.limits = limits;
            this.issues = issues;
        }

        Optional<YNode> convert(Node root) {
            try {
                return Optional.of(node(root, "", 0));
            } catch (LimitCrossed e) {
                issues.add(e.code, e.where, e.path, e.getMessage());
                return Optional.empty();
            }
        }

        private YNode node(Node node, String path, int depth) {
            Location where = node.getStartMark().map(m -> location(file, m)).orElse(Location.of(file));
            if (++nodes > limits.maxNodes()) {
                throw new LimitCrossed(
                        IssueCode.YAML_TOO_MANY_NODES,
                        where,
                        path,
                        "The YAML expands to more than " + limits.maxNodes()
                                + " nodes (an alias 'bomb'?); simplify it or drop the anchors.");
            }
            if (depth > limits.maxDepth()) {
                throw new LimitCrossed(
                        IssueCode.YAML_TOO_DEEP,
                        where,
                        path,
                        "The YAML is nested more than " + limits.maxDepth() + " levels deep.");
            }
            return switch (node) {
                case ScalarNode scalar -> scalar(scalar, where, path);
                case SequenceNode sequence -> list(sequence, where, path, depth);
                case MappingNode mapping -> map(mapping, where, path, depth);
                default -> throw new IllegalStateException("unknown YAML node " + node.getNodeType());
            };
        }

        private YScalar scalar(ScalarNode scalar, Location where, String path) {
            if (scalar.getValue().length() > limits.maxScalarLength()) {
                throw new LimitCrossed(
                        IssueCode.YAML_TOO_LARGE,
                        where,
                        path,
                        "A value of " + scalar.getValue().length() + " characters; at most " + limits.maxScalarLength()
                                + ".");
            }
            return new YScalar(scalar.getValue(), resolve(scalar), where, path);
        }

        private static YScalar.Resolved resolve(ScalarNode scalar) {
            if (scalar.getScalarStyle() != ScalarStyle.PLAIN) {
                return YScalar.Resolved.STRING;
            }
            Tag tag = scalar.getTag();
            if (Tag.NULL.equals(tag)) {
                return YScalar.Resolved.NULL;
            }
            if (Tag.BOOL.equals(tag)) {
                return YScalar.Resolved.BOOLEAN;
            }
            if (Tag.INT.equals(tag)) {
                return YScalar.Resolved.INTEGER;
            }
            if (Tag.FLOAT.equals(tag)) {
                return YScalar.Resolved.FLOAT;
            }
            return YScalar.Resolved.STRING;
        }

        private YList list(SequenceNode sequence, Location where, String path, int depth) {
            List<YNode> items = new ArrayList<>(sequence.getValue().size());
            int index = 0;
            for (Node item : sequence.getValue()) {
                items.add(node(item, path + "[" + index++ + "]", depth + 1));
            }
            return new YList(items, where, path);
        }

        private YMap map(MappingNode mapping, Location where, String path, int depth) {
            Map<String, YNode> entries = new LinkedHashMap<>();
            Map<String, Location> keyLocations = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Location keyWhere =
                        keyNode.getStartMark().map(m -> location(file, m)).orElse(where);
                if (!(keyNode instanceof ScalarNode keyScalar)) {
                    issues.add(
                            IssueCode.YAML_KEY_NOT_SCALAR,
                            keyWhere,
                            path,
                            "A map key must be a plain value, not a map or a list.");
                    continue;
                }
                String key = keyScalar.getValue();
                String childPath = path.isEmpty() ? key : path + "." + key;
                if (entries.containsKey(key)) {
                    YNode repeated = node(tuple.getValueNode(), childPath, depth + 1);
                    if (duplicateKey(key, keyWhere, childPath, keyLocations.get(key), entries.get(key), repeated)) {
                        entries.put(key, repeated);
                    }
                    continue;
                }
                keyLocations.put(key, keyWhere);
                entries.put(key, node(tuple.getValueNode(), childPath, depth + 1));
            }
            return new YMap(entries, keyLocations, where, path);
        }

        /**
         * A repeated key keeps its first value; the repetition is reported, more gently when it changes nothing. Under
         * the interop profile a repetition with another value is read as PyYAML reads it (the last value counts, which
         * is what tosca-parser, Tacker and ONAP load) and says so.
         *
         * @return whether the repeated value replaces the first
         */
        private boolean duplicateKey(
                String key, Location keyWhere, String childPath, Location first, YNode kept, YNode repeated) {
            if (sameScalar(kept, repeated) || (key.equals("description") && repeated instanceof YScalar)) {
                issues.add(
                        IssueCode.YAML_DUPLICATE_KEY_SAME_VALUE,
                        keyWhere,
                        childPath,
                        "The key '" + key
                                + "' appears twice with the same value (first at line " + first.line()
                                + "); remove the repetition.");
                return false;
            }
            issues.deviation(
                    IssueCode.INTEROP_DUPLICATE_KEY,
                    IssueCode.YAML_DUPLICATE_KEY,
                    keyWhere,
                    childPath,
                    "The key '" + key + "' appears twice in the same map with different values (first at line "
                            + first.line() + "); YAML tools disagree on which one counts. Keep one.",
                    "the value at line " + keyWhere.line() + " counts, as PyYAML (tosca-parser, Tacker) reads it");
            return issues.tolerates();
        }
    }

    private static boolean sameScalar(YNode first, YNode second) {
        return first instanceof YScalar a
                && second instanceof YScalar b
                && a.text().equals(b.text());
    }

    private static final class LimitCrossed extends RuntimeException {
        private final IssueCode code;
        private final Location where;
        private final String path;

        LimitCrossed(IssueCode code, Location where, String path, String message) {
            super(message, null, false, false);
            this.code = code;
            this.where = where;
            this.path = path;
        }
    }
}
