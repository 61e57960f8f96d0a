package io.chainline.console.deployment.service;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.chainline.connector.api.Workload;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** How deployments keep their settings, desired state and job requests: JSON of the typed records. */
@Component
public class DeploymentJson {

    private final JsonMapper mapper = JsonMapper.builder()
            // derived accessors such as isNoOp() are not state
            .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // rows stored before chains carried traffic: a unit without networks, workloads without a data plane
            .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .addModule(new SimpleModule("chainline-absent").setDeserializerModifier(new ManagementOnly()))
            .build();

    /** A data plane absent from a stored workload is {@link Workload.DataPlane#NONE}: the management network only. */
    private static final class ManagementOnly extends ValueDeserializerModifier {
        @Override
        public ValueDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> found) {
            return description.getBeanClass() == Workload.DataPlane.class ? new NoneWhenAbsent(found) : found;
        }
    }

    private static final class NoneWhenAbsent extends DelegatingDeserializer {
        NoneWhenAbsent(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new NoneWhenAbsent(delegate);
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            return Workload.DataPlane.NONE;
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return Workload.DataPlane.NONE;
        }
    }

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    public <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    public <T> List<T> readList(String json, Class<T> element) {
        return mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class, element));
    }

    public <T> T read(String json, TypeReference<T> type) {
        return mapper.readValue(json, type);
    }
}
