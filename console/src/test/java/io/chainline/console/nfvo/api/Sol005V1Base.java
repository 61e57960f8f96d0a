package io.chainline.console.nfvo.api;

import io.chainline.console.security.service.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every v1 IT starts from: the running console and an operator speaking SOL005 v2.6.1 to it. */
abstract class Sol005V1Base {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    Sol005V1Client api;

    @BeforeEach
    void v1Client() {
        api = Sol005V1Client.operator(port, users);
    }
}
