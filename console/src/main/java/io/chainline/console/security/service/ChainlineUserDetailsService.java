package io.chainline.console.security.service;

import io.chainline.console.security.domain.UserAccount;
import io.chainline.console.security.domain.UserAccountRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in from the database; a user holds the authority of their role and of every role below it. */
@Service
class ChainlineUserDetailsService implements UserDetailsService {

    /** Held by a user who signed in with a generated or reset password and has not chosen their own yet. */
    static final String PASSWORD_CHANGE_REQUIRED = UserSummary.PASSWORD_CHANGE_REQUIRED;

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
        var authorities = new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>();
        account.getRole().grantedRoles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .forEach(authorities::add);
        if (account.isMustChangePassword()) {
            // the API lets such a user only read who they are and change the password (PasswordChangeGuard)
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(authorities)
                .disabled(!account.isEnabled())
                .build();
    }
}
