package io.chainline.connector.kubernetes;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CRUD dispatcher, plus what CRUD mode cannot do: answer {@code /version} (CRUD mode lists every stored object
 * there) and fail a request on purpose (CRUD mode serves before expectations), so tests can play a 401 or a 403.
 */
final class ScriptedCrudDispatcher extends KubernetesCrudDispatcher {

    private final Map<String, Deque<Integer>> failures = new ConcurrentHashMap<>();

    ScriptedCrudDispatcher() {
        super(List.of());
    }

    /** The next request for {@code path} (with its query) gets {@code status} instead of the stored objects. */
    void failNext(String path, int status) {
        failures.computeIfAbsent(path, p -> new ArrayDeque<>()).add(status);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        if ("/version".equals(path)) {
            return new MockResponse()
                    .setResponseCode(200)
                    .setBody(
                            "{\"major\":\"1\",\"minor\":\"33\",\"gitVersion\":\"v1.33.2\",\"platform\":\"linux/amd64\"}");
        }
        Deque<Integer> scripted = failures.get(path);
        Integer status = scripted == null ? null : scripted.poll();
        if (status != null) {
            return new MockResponse()
                    .setResponseCode(status)
                    .setBody("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":" + status
                            + "}");
        }
        return super.dispatch(request);
    }
}
