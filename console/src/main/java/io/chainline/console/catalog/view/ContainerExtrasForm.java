package io.chainline.console.catalog.view;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.chainline.tosca.model.ContainerExtensions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A container's ports, environment, liveness probe and extra Linux capabilities, in the few words an engineer types:
 * {@code http=8080/TCP, 514/UDP} and {@code KEY=value} lines. What does not parse is marked on its field and left out.
 */
final class ContainerExtrasForm extends FormLayout {

    private static final Pattern PORT =
            Pattern.compile("(?:([a-z0-9-]{1,15})=)?(\\d{1,5})(?:/(TCP|UDP|SCTP))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENV = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)");
    /** The capabilities forwarding and monitoring NFs ask for most; any other can be typed. */
    private static final List<String> COMMON_CAPABILITIES =
            List.of("NET_ADMIN", "NET_RAW", "NET_BIND_SERVICE", "SYS_ADMIN", "SYS_NICE", "SYS_TIME", "IPC_LOCK");

    private static final Pattern CAPABILITY = Pattern.compile("[A-Z][A-Z_]{1,31}");

    private final ContainerExtensions original;
    private final TextField ports = new TextField("Ports");
    private final TextArea environment = new TextArea("Environment");
    private final Select<String> probeKind = new Select<>();
    private final TextField probeTarget = new TextField("Probe path / command");
    private final IntegerField probePort = new IntegerField("Probe port");
    private final MultiSelectComboBox<String> capabilities = new MultiSelectComboBox<>("Extra Linux capabilities");

    ContainerExtrasForm(String id, ContainerExtensions extensions, Consumer<ContainerExtensions> edited) {
        Runnable changed = () -> edited.accept(extensions());
        this.original = extensions;
        ports.setId(id + "-ports");
        ports.setPlaceholder("http=8080/TCP, 514/UDP");
        ports.setValue(extensions.ports().stream()
                .map(p -> (p.name().isEmpty() ? "" : p.name() + "=") + p.port() + "/" + p.protocol())
                .collect(Collectors.joining(", ")));
        environment.setId(id + "-env");
        environment.setPlaceholder("KEY=value, one per line (no secrets)");
        environment.setValue(extensions.environment().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n")));
        probeKind.setLabel("Liveness probe");
        probeKind.setId(id + "-probe-kind");
        probeKind.setItems("none", "http", "tcp", "exec");
        probeKind.setValue(
                extensions.liveness().map(ContainerExtensions.Probe::kind).orElse("none"));
        probeTarget.setId(id + "-probe-target");
        probeTarget.setValue(
                extensions.liveness().map(ContainerExtensions.Probe::target).orElse(""));
        probePort.setId(id + "-probe-port");
        extensions.liveness().filter(p -> p.port() > 0).ifPresent(p -> probePort.setValue(p.port()));
        for (var field : List.of(ports, probeTarget)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> changed.run());
        }
        environment.setValueChangeMode(ValueChangeMode.LAZY);
        environment.addValueChangeListener(e -> changed.run());
        probeKind.addValueChangeListener(e -> changed.run());
        probePort.addValueChangeListener(e -> changed.run());
        configureCapabilities(id, extensions, changed);
        add(ports, environment, probeKind, probeTarget, probePort, capabilities);
    }

    /** Common capabilities to pick, any other typed in (upper case, CAP_ prefix dropped). */
    private void configureCapabilities(String id, ContainerExtensions extensions, Runnable changed) {
        capabilities.setId(id + "-capabilities");
        capabilities.setHelperText("Beyond the default set; NET_ADMIN lets a forwarding NF set its own routes.");
        capabilities.setAllowCustomValue(true);
        java.util.Set<String> items = new java.util.TreeSet<>(COMMON_CAPABILITIES);
        items.addAll(extensions.capabilities());
        capabilities.setItems(items);
        capabilities.setValue(extensions.capabilities());
        capabilities.addCustomValueSetListener(e -> {
            String typed =
                    e.getDetail().trim().toUpperCase(java.util.Locale.ROOT).replaceFirst("^CAP_", "");
            boolean valid = CAPABILITY.matcher(typed).matches();
            capabilities.setInvalid(!valid);
            capabilities.setErrorMessage(valid ? null : "A capability is a name like NET_ADMIN (see capabilities(7)).");
            if (valid) {
                items.add(typed);
                capabilities.setItems(items);
                java.util.Set<String> chosen = new java.util.TreeSet<>(capabilities.getValue());
                chosen.add(typed);
                capabilities.setValue(chosen);
            }
        });
        capabilities.addValueChangeListener(e -> changed.run());
    }

    ContainerExtensions extensions() {
        return new ContainerExtensions(
                ports(), environment(), liveness(), original.readiness(), capabilities.getValue());
    }

    private List<ContainerExtensions.Port> ports() {
        List<ContainerExtensions.Port> result = new ArrayList<>();
        boolean bad = false;
        for (String item : ports.getValue().split(",")) {
            if (item.isBlank()) {
                continue;
            }
            Matcher m = PORT.matcher(item.trim());
            if (m.matches() && Integer.parseInt(m.group(2)) <= 65535) {
                result.add(new ContainerExtensions.Port(
                        m.group(1) == null ? "" : m.group(1),
                        Integer.parseInt(m.group(2)),
                        m.group(3) == null ? "TCP" : m.group(3).toUpperCase(java.util.Locale.ROOT)));
            } else {
                bad = true;
            }
        }
        ports.setInvalid(bad);
        ports.setErrorMessage(bad ? "Write ports as name=port/protocol, e.g. http=8080/TCP, 514/UDP" : null);
        return result;
    }

    private Map<String, String> environment() {
        Map<String, String> result = new LinkedHashMap<>();
        boolean bad = false;
        for (String line : environment.getValue().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = ENV.matcher(line.trim());
            if (m.matches()) {
                result.put(m.group(1), m.group(2));
            } else {
                bad = true;
            }
        }
        environment.setInvalid(bad);
        environment.setErrorMessage(bad ? "One KEY=value per line; names are letters, digits and '_'" : null);
        return result;
    }

    private Optional<ContainerExtensions.Probe> liveness() {
        String kind = probeKind.getValue();
        if (kind == null || kind.equals("none")) {
            return Optional.empty();
        }
        int period = original.liveness()
                .map(ContainerExtensions.Probe::periodSeconds)
                .orElse(10);
        return Optional.of(new ContainerExtensions.Probe(
                kind, probeTarget.getValue().trim(), probePort.getValue() == null ? 0 : probePort.getValue(), period));
    }

    void setReadOnly(boolean readOnly) {
        ports.setReadOnly(readOnly);
        environment.setReadOnly(readOnly);
        probeKind.setReadOnly(readOnly);
        probeTarget.setReadOnly(readOnly);
        probePort.setReadOnly(readOnly);
        capabilities.setReadOnly(readOnly);
    }
}
