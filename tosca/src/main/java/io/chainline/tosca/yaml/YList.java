package io.chainline.tosca.yaml;

import io.chainline.tosca.issue.Location;
import java.util.List;

public record YList(List<YNode> items, Location location, String path) implements YNode {

    public YList {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "a list";
    }
}
