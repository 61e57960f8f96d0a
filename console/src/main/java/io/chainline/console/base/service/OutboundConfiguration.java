package io.chainline.console.base.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console's one outbound policy, from {@code chainline.outbound.allow} (empty: only public addresses). */
@Configuration
class OutboundConfiguration {

    @Bean
    OutboundPolicy outboundPolicy(@Value("${chainline.outbound.allow:}") String allow) {
        return OutboundPolicy.of(allow);
    }

    @Bean
    OutboundHttp outboundHttp(OutboundPolicy policy) {
        return new OutboundHttp(policy);
    }
}
