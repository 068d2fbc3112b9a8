package org.hybridplanner.app.account;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start (no accounts yet) creates the {@code admin} account, with {@code PLANNER_ADMIN_PASSWORD} when
 * set, otherwise with a generated password that is logged exactly once: there is no default credential. With local
 * accounts switched off it creates none: the provider's admin claim makes admins. Several instances starting together
 * on a new database may all find no account: one creates {@code admin}, and the others, refused by the database,
 * go on without it (and log no password of their own).
 */
@Component
class FirstStartAdmin implements ApplicationRunner {
    static final String ADMIN_USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstStartAdmin.class);

    private final AccountService accounts;
    private final String configuredPassword;

    FirstStartAdmin(AccountService accounts, @Value("${PLANNER_ADMIN_PASSWORD:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAccountExists()) {
            return;
        }
        if (!accounts.localAccountsEnabled()) {
            log.info("Local accounts are switched off: no '{}' account is created; admins come from the sign-in "
                    + "provider's admin claim", ADMIN_USERNAME);
            return;
        }
        if (!configuredPassword.isEmpty()) {
            if (createdHere(configuredPassword)) {
                log.info("Created the '{}' account with the password from PLANNER_ADMIN_PASSWORD", ADMIN_USERNAME);
            }
            return;
        }
        String generated = generatePassword();
        if (!createdHere(generated)) {
            return;
        }
        // The one place a password is ever logged: the operator has no other way to learn it.
        log.warn("Created the '{}' account with the generated password: {}  (shown only this once; set "
                + "PLANNER_ADMIN_PASSWORD before the first start to choose it)", ADMIN_USERNAME, generated);
    }

    /** False when another instance created an account first; anything else that goes wrong stops the start. */
    private boolean createdHere(String password) {
        try {
            accounts.store(ADMIN_USERNAME, password, Role.ADMIN);
            return true;
        } catch (RuntimeException refused) {
            if (accounts.anyAccountExists()) {
                log.info("Another instance of the planner created the first account meanwhile: no '{}' account is "
                        + "created here", ADMIN_USERNAME);
                return false;
            }
            throw refused;
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
