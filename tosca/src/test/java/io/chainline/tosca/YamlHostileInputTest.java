package io.chainline.tosca;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.tosca.issue.Issue;
import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.yaml.YMap;
import io.chainline.tosca.yaml.YNode;
import io.chainline.tosca.yaml.YamlLimits;
import io.chainline.tosca.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hostile and broken YAML ends in one coded, located issue, with bounded work, never an exception. */
class YamlHostileInputTest {

    private final Issues issues = new Issues();

    private Optional<YNode> read(String text, YamlLimits limits) {
        return new YamlReader(limits).read("t.yaml", text.getBytes(StandardCharsets.UTF_8), issues);
    }

    private Optional<YNode> read(String text) {
        return read(text, YamlLimits.DEFAULT);
    }

    private Issue only() {
        assertThat(issues.list()).hasSize(1);
        return issues.list().get(0);
    }

    @Test
    void aBillionLaughsAliasBombIsRefusedBeforeItExpands() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            bomb.append(("*a" + (i - 1) + ", ").repeat(9))
                    .append("*a")
                    .append(i - 1)
                    .append("]\n");
        }
        assertThat(read(bomb.toString())).isEmpty();
        assertThat(only().code()).isIn(IssueCode.YAML_ALIAS_LIMIT, IssueCode.YAML_TOO_MANY_NODES);
    }

    @Test
    void deepNestingIsRefusedWithTheLimitInTheMessage() {
        String deep = "a: ".repeat(1) + "[".repeat(200) + "]".repeat(200);
        assertThat(read(deep)).isEmpty();
        assertThat(only().code()).isEqualTo(IssueCode.YAML_TOO_DEEP);
        assertThat(only().message()).contains("64");
    }

    @Test
    void aScalarLongerThanTheLimitIsRefused() {
        assertThat(read("a: " + "x".repeat(2_000), new YamlLimits(1 << 20, 64, 1000, 10, 1_000)))
                .isEmpty();
        assertThat(only().code()).isEqualTo(IssueCode.YAML_TOO_LARGE);
    }

    @Test
    void aFileLargerThanTheLimitIsNotEvenParsed() {
        assertThat(read("a: b\n".repeat(1_000), new YamlLimits(100, 64, 1000, 10, 1000)))
                .isEmpty();
        assertThat(only().code()).isEqualTo(IssueCode.YAML_TOO_LARGE);
    }

    @Test
    void invalidUtf8IsRefusedWithWhatToDo() {
        byte[] latin1 = "name: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new YamlReader(YamlLimits.DEFAULT).read("t.yaml", latin1, issues))
                .isEmpty();
        assertThat(only().code()).isEqualTo(IssueCode.YAML_NOT_UTF8);
        assertThat(only().message()).contains("UTF-8");
    }

    @Test
    void aSyntaxErrorPointsAtItsLine() {
        assertThat(read("a: 1\nb: [1, 2\nc: 3\n")).isEmpty();
        assertThat(only().code()).isEqualTo(IssueCode.YAML_SYNTAX);
        assertThat(only().line()).isBetween(2, 4);
    }

    @Test
    void duplicateKeysWithDifferentValuesAreErrorsAtTheRepeat() {
        Optional<YNode> root = read("node:\n  image: a\n  flavor: m1\n  image: b\n");
        assertThat(root).isPresent();
        Issue issue = only();
        assertThat(issue.code()).isEqualTo(IssueCode.YAML_DUPLICATE_KEY);
        assertThat(issue.line()).isEqualTo(4);
        assertThat(issue.path()).isEqualTo("node.image");
        assertThat(issue.message()).contains("first at line 2");
    }

    @Test
    void aRepeatedKeyWithTheSameValueIsOnlyAWarning() {
        read("driver: noop\nzone: nova\ndriver: noop\n");
        assertThat(only().code()).isEqualTo(IssueCode.YAML_DUPLICATE_KEY_SAME_VALUE);
        assertThat(issues.hasErrors()).isFalse();
    }

    @Test
    void everyNodeKnowsItsLineColumnAndPath() {
        YMap root = (YMap) read("topology_template:\n  node_templates:\n    vdu1:\n      type: X\n")
                .orElseThrow();
        YNode type = root.map("topology_template")
                .flatMap(t -> t.map("node_templates"))
                .flatMap(n -> n.map("vdu1"))
                .flatMap(v -> v.get("type"))
                .orElseThrow();
        assertThat(type.location().line()).isEqualTo(4);
        assertThat(type.location().column()).isEqualTo(13);
        assertThat(type.path()).isEqualTo("topology_template.node_templates.vdu1.type");
    }
}
