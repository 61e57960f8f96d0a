package io.chainline.console.catalog.service;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.chainline.console.base.service.ChainlineException;
import io.chainline.tosca.model.ComputeVdu;
import io.chainline.tosca.model.ContainerVdu;
import io.chainline.tosca.model.Descriptor;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.PnfDescriptor;
import io.chainline.tosca.model.Vdu;
import io.chainline.tosca.model.VnfDescriptor;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The TOSCA engine's descriptor model as JSON, the form the catalog stores. The model stays free of Jackson: the
 * polymorphic parts (descriptor and VDU kinds) are described here, by mix-ins.
 */
@Component
public class ModelJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = VnfDescriptor.class, name = "vnf"),
        @JsonSubTypes.Type(value = NsDescriptor.class, name = "ns"),
        @JsonSubTypes.Type(value = PnfDescriptor.class, name = "pnf")
    })
    private interface DescriptorKinds {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ComputeVdu.class, name = "compute"),
        @JsonSubTypes.Type(value = ContainerVdu.class, name = "container")
    })
    private interface VduKinds {}

    private final JsonMapper mapper = JsonMapper.builder()
            .addMixIn(Descriptor.class, DescriptorKinds.class)
            .addMixIn(Vdu.class, VduKinds.class)
            // isDefault() and the like are derived, not state
            .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // sets the model gained later (a container's capabilities) are missing from drafts stored before: empty
            .withConfigOverride(
                    java.util.Set.class,
                    o -> o.setNullHandling(com.fasterxml.jackson.annotation.JsonSetter.Value.forValueNulls(
                            com.fasterxml.jackson.annotation.Nulls.AS_EMPTY)))
            .build();

    public String write(Descriptor descriptor) {
        return mapper.writerFor(Descriptor.class).writeValueAsString(descriptor);
    }

    public VnfDescriptor readVnf(String json) {
        try {
            return (VnfDescriptor) mapper.readerFor(Descriptor.class).readValue(json);
        } catch (JacksonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new ChainlineException(
                    "CATALOG-DESCRIPTOR-UNREADABLE",
                    ChainlineException.Category.INVALID,
                    "The descriptor JSON cannot be read as a VNF descriptor ("
                            + where(e)
                            + "); send what GET /api/v1/catalog/vnfs/{id} returns under 'descriptor'.",
                    e);
        }
    }

    public io.chainline.tosca.model.NsDescriptor readNs(String json) {
        try {
            return (io.chainline.tosca.model.NsDescriptor)
                    mapper.readerFor(Descriptor.class).readValue(json);
        } catch (JacksonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new ChainlineException(
                    "CHAIN-DESCRIPTOR-UNREADABLE",
                    ChainlineException.Category.INVALID,
                    "The descriptor JSON cannot be read as a network service descriptor ("
                            + where(e)
                            + "); send what GET /api/v1/chains/{id} returns under 'descriptor'.",
                    e);
        }
    }

    public PnfDescriptor readPnf(String json) {
        try {
            return (PnfDescriptor) mapper.readerFor(Descriptor.class).readValue(json);
        } catch (JacksonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new ChainlineException(
                    "CATALOG-DESCRIPTOR-UNREADABLE",
                    ChainlineException.Category.INVALID,
                    "The descriptor JSON cannot be read as a PNF descriptor (" + where(e) + ").",
                    e);
        }
    }

    /** Where the JSON went wrong, in the document's terms: an API caller is never shown a Java type name. */
    private static String where(RuntimeException e) {
        if (!(e instanceof JacksonException jackson)) {
            return "a required part is missing or has the wrong shape";
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        if (!path.isEmpty()) {
            return "at '" + path + "'";
        }
        var location = jackson.getLocation();
        return location == null || location.getLineNr() < 1
                ? "it is not well-formed JSON"
                : "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Any descriptor with its summary, for the API: {@code {"summary": …, "descriptor": …}}. */
    public String document(Object summary, Descriptor descriptor) {
        tools.jackson.databind.node.ObjectNode document = mapper.createObjectNode();
        document.set("summary", mapper.valueToTree(summary));
        document.set("descriptor", tree(descriptor));
        return mapper.writeValueAsString(document);
    }

    /** A version for the API: {@code {"summary": …, "descriptor": …}}. */
    public String document(VnfVersion version) {
        tools.jackson.databind.node.ObjectNode document = mapper.createObjectNode();
        document.set("summary", mapper.valueToTree(version.summary()));
        document.set("descriptor", tree(version.descriptor()));
        return mapper.writeValueAsString(document);
    }

    /** The descriptor as a JSON tree, for structural comparison. */
    public JsonNode tree(Descriptor descriptor) {
        return mapper.readTree(write(descriptor));
    }
}
