package org.hybridplanner.app.account;

import java.time.Instant;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Accounts for tests in other packages: stored directly (no events, no demo plan) and signed in on this thread. */
public final class AccountFixtures {
    private AccountFixtures() {
    }

    /** Stores an account and returns its id. */
    public static long account(ApplicationContext context, String username, Role role) {
        AccountRepository accounts = context.getBean(AccountRepository.class);
        return accounts.findByUsername(username).map(Account::id).orElseGet(() -> accounts.save(
                new Account(username, "{noop}not-used-for-sign-in", role, Instant.parse("2026-01-01T00:00:00Z"))).id());
    }

    /** Stores an account of a sign-in provider (no password) and returns its id. */
    public static long providerAccount(ApplicationContext context, String username, Role role) {
        AccountRepository accounts = context.getBean(AccountRepository.class);
        return accounts.findByUsername(username).map(Account::id).orElseGet(() -> accounts.save(Account.fromProvider(
                new ProviderIdentity("https://idp.contoso.example", "subject-" + username, username, null), username,
                role, Instant.parse("2026-01-01T00:00:00Z"))).id());
    }

    /** Stores a local account with this password, as an admin would add it, and returns its id. */
    public static long localAccount(ApplicationContext context, String username, String password, Role role) {
        return context.getBean(AccountService.class).store(username, password, role).id();
    }

    /** Makes the account the caller on this thread, as a sign-in would. */
    public static SignedInAccount signIn(long id, String username, Role role) {
        SignedInAccount principal = new SignedInAccount(id, username, "{noop}", role);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
        return principal;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
