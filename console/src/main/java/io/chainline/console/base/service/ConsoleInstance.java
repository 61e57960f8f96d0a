package io.chainline.console.base.service;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** This console process, as job ownership names it: host, pid and a random part, so a restart is a new owner. */
@Component
public class ConsoleInstance {

    private final String id;

    ConsoleInstance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String name = host + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":"
                + UUID.randomUUID().toString().substring(0, 8);
        this.id = name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    public String id() {
        return id;
    }
}
