package org.councilworkspace.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty installation, creates the first platform administrator from COUNCIL_ADMIN_USERNAME and
 * COUNCIL_ADMIN_PASSWORD, so a real deployment needs no demo data and no default secret.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String username;
    private final String password;
    private final String email;

    AdminBootstrap(AccountService accounts,
                   @Value("${council.admin.username:${COUNCIL_ADMIN_USERNAME:}}") String username,
                   @Value("${council.admin.password:${COUNCIL_ADMIN_PASSWORD:}}") String password,
                   @Value("${council.admin.email:${COUNCIL_ADMIN_EMAIL:admin@example.org}}") String email) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAccounts()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            LOG.warn("No accounts yet: set COUNCIL_ADMIN_USERNAME and COUNCIL_ADMIN_PASSWORD to create the first administrator");
            return;
        }
        accounts.bootstrapAdmin(username, "Platform administrator", email, password);
        LOG.info("Created the first platform administrator '{}'", username);
    }
}
