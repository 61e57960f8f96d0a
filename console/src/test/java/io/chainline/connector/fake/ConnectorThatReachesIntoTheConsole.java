package io.chainline.connector.fake;

import io.chainline.console.security.service.UserService;

/** A deliberately wrong connector, only here to prove that the architecture rule rejects it. */
public class ConnectorThatReachesIntoTheConsole {

    public Class<?> reachIn() {
        return UserService.class;
    }
}
