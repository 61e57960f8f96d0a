package io.chainline.tosca.validate;

import io.chainline.tosca.issue.IssueCode;
import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.types.TypeRegistry;
import io.chainline.tosca.yaml.YNode;

/** What every check needs: the types in scope and where to put what it finds. */
record Context(TypeRegistry types, Issues issues) {

    void report(IssueCode code, YNode where, String message) {
        issues.add(code, where.location(), where.path(), message);
    }
}
