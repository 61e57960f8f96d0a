package io.chainline.tosca.validate;

import io.chainline.tosca.issue.Issues;
import io.chainline.tosca.template.LoadedTemplate;
import io.chainline.tosca.template.SourceFile;
import io.chainline.tosca.template.ToscaVersion;

/** Runs every check on a loaded template and its own (non-bundled) files. */
public final class TemplateValidator {

    public void validate(LoadedTemplate template, Issues issues) {
        Context context = new Context(template.types(), issues);
        StructureChecks structure = new StructureChecks(context);
        for (SourceFile file : template.files()) {
            if (!file.bundled()) {
                structure.check(file);
            }
        }
        new TypeChecks(context).check();
        boolean parameters = template.entry()
                .version()
                .filter(v -> v == ToscaVersion.NFV_PROFILE_1_0_0)
                .isPresent();
        boolean tosca13 = template.entry()
                .version()
                .filter(v -> v == ToscaVersion.TOSCA_1_3)
                .isPresent();
        TopologyChecks topology = new TopologyChecks(context, parameters, tosca13);
        ChainChecks chains = new ChainChecks(context);
        TackerLegacyChecks tacker = new TackerLegacyChecks(context);
        SwImageChecks images = new SwImageChecks(context);
        for (SourceFile file : template.files()) {
            if (!file.bundled()) {
                file.root().map("topology_template").ifPresent(t -> {
                    topology.check(t);
                    chains.check(t);
                    if (parameters) {
                        tacker.check(t);
                    } else {
                        images.check(t);
                    }
                });
            }
        }
    }
}
