package io.chainline.console.security.service;

import io.chainline.console.security.domain.Role;
import io.chainline.console.security.domain.UserAccount;
import io.chainline.console.security.domain.UserAccountRepository;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in from the database; a user holds the authority of their role and of every role below it. */
@Service
class ChainlineUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    ChainlineUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(UserAccount.normaliseUsername(username))
                // the message never reaches the user: Spring answers "bad credentials" either way
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRole().grantedRoles().stream().map(Role::name).toArray(String[]::new))
                .disabled(!account.isEnabled())
                .build();
    }
}
