package io.chainline.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.chainline.console.catalog.service.ModelJson;
import io.chainline.tosca.model.NsDescriptor;
import io.chainline.tosca.model.VnfDescriptor;
import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Publishes VNFs and a chain through a console process's REST API, as a script or a vendor's pipeline would. */
public final class RestCatalog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RestCatalog() {}

    /** Creates and publishes each VNF, then the chain over them; answers the published chain's id. */
    public static String publish(ConsoleProcess console, List<VnfDescriptor> vnfs, NsDescriptor chain)
            throws Exception {
        ModelJson model = new ModelJson();
        for (VnfDescriptor vnf : vnfs) {
            publish(console, "/api/v1/catalog/vnfs", model.write(vnf));
        }
        return publish(console, "/api/v1/chains", model.write(chain));
    }

    private static String publish(ConsoleProcess console, String collection, String body) throws Exception {
        HttpResponse<String> created = console.post(collection, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("id").asString();
        HttpResponse<String> published = console.send(
                collection + "/" + id + "/publish",
                "POST",
                null,
                created.headers().firstValue("ETag").orElseThrow());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }
}
