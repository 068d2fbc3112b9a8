package org.hybridplanner.app.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: sign-in lookups for Spring Security (local accounts) and for the OpenID Connect provider (accounts it
 * signs in), account management for admins, and every local user's own password.
 */
@Service
public class AccountService implements UserDetailsService {
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    /** Lower-case letters, digits, dot, dash and underscore: nothing that could render as markup or flip direction. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final CurrentAccount currentAccount;
    private final LocalAccountSettings localAccounts;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            CurrentAccount currentAccount, LocalAccountSettings localAccounts, Clock clock) {
        this.accounts = accounts;
        this.localAccounts = localAccounts;
        this.currentAccount = currentAccount;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The local account for the sign-in form. An account of the provider has no password here, and with local
     * accounts switched off no account signs in with a password: both answer as an unknown name would.
     */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .filter(a -> localAccounts.enabled() && a.signInMethod() == SignInMethod.PASSWORD)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new SignedInAccount(account.id(), account.username(), account.passwordHash(), account.role(),
                account.sessionGeneration());
    }

    /**
     * Signs in someone the OpenID Connect provider vouches for: the account with that issuer and subject, created at
     * the first sign-in (with a free username made from the provider's name hints, and the demo plan), with the role
     * the provider's claims give now. Found by issuer and subject only, never by name.
     */
    @Transactional
    AccountSummary signInFromProvider(ProviderIdentity identity, Role role) {
        Optional<Account> known = accounts.findByProviderIssuerAndProviderSubject(identity.issuer(),
                identity.subject());
        if (known.isPresent()) {
            Account account = known.get();
            if (account.role() != role) {
                log.info("Account '{}' is now {} (from the provider's claims at sign-in; was {})", account.username(),
                        role, account.role());
                account.assignRole(role);
            }
            return account.summary();
        }
        String base = ProviderUsername.base(identity);
        String username = base;
        for (int attempt = 2; accounts.existsByUsername(username); attempt++) {
            username = ProviderUsername.candidate(base, attempt);
        }
        Account account = accounts.saveAndFlush(Account.fromProvider(identity, username, role, clock.instant()));
        log.info("Created account '{}' ({}) at its first sign-in with the provider", username, role);
        events.publishEvent(new AccountCreated(account.id(), account.username()));
        return account.summary();
    }

    /** The signed-in user's own account. */
    @Transactional(readOnly = true)
    public AccountSummary own() {
        return accounts.findById(currentAccount.require().accountId()).map(Account::summary)
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }

    /** Whether people may sign in with a local account's password here (see {@link LocalAccountSettings}). */
    public boolean localAccountsEnabled() {
        return localAccounts.enabled();
    }

    /** The id of the account with this name, for the operator's command line; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<Long> accountId(String username) {
        return accounts.findByUsername(username).map(Account::id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> list() {
        return accounts.findAllByOrderByUsernameAsc().stream().map(Account::summary).toList();
    }

    /** Adds an account; admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary create(String username, String password, Role role) {
        return store(username, password, role);
    }

    /** Null when the name may be used for a new account, otherwise why not. */
    @Transactional(readOnly = true)
    public String usernameProblem(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return "Use 2-64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit";
        }
        return accounts.existsByUsername(username) ? "An account with this name exists" : null;
    }

    /**
     * Sets a new password for an account, for an admin helping someone who forgot theirs; they change it under
     * "Your account" afterwards. Refuses with {@link IllegalArgumentException} when the password is too short.
     * The account's signed-in sessions end (all but the admin's own, when admins reset their own password here);
     * its API tokens stay valid. An account of the provider has no password here: refused.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPassword(long accountId, String newPassword) {
        String problem = passwordProblem(newPassword);
        if (problem != null) {
            throw new IllegalArgumentException("Password: " + problem);
        }
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No such account"));
        if (account.signInMethod() != SignInMethod.PASSWORD) {
            throw new IllegalArgumentException(account.username() + " signs in with single sign-on and has no "
                    + "password here");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordChanged(accountId, account.sessionGeneration()));
    }

    /**
     * Changes the signed-in user's own password after checking the current one. Refuses with
     * {@link PasswordRefusedException} naming the field at fault. The user's other signed-in sessions end (someone
     * who knew the old password is signed out); this session and the API tokens stay valid: a user who suspects a
     * leak revokes tokens in the planner.
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = accounts.findById(currentAccount.require().accountId())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
        if (account.signInMethod() != SignInMethod.PASSWORD) {
            throw new IllegalStateException("This account signs in with single sign-on and has no password here");
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new PasswordRefusedException(PasswordRefusedException.Field.CURRENT, "does not match");
        }
        String problem = passwordProblem(newPassword);
        if (problem != null) {
            throw new PasswordRefusedException(PasswordRefusedException.Field.NEW, problem);
        }
        if (newPassword.equals(currentPassword)) {
            throw new PasswordRefusedException(PasswordRefusedException.Field.NEW, "must differ from the current one");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordChanged(account.id(), account.sessionGeneration()));
    }

    public static String passwordProblem(String password) {
        return password == null || password.length() < MIN_PASSWORD_LENGTH
                ? "Use at least " + MIN_PASSWORD_LENGTH + " characters" : null;
    }

    @Transactional(readOnly = true)
    boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    /** Stores an account without an access check: for the first-start admin and tests' fixtures. */
    @Transactional
    AccountSummary store(String username, String password, Role role) {
        String usernameProblem = usernameProblem(username);
        if (usernameProblem != null) {
            throw new IllegalArgumentException("Account name: " + usernameProblem);
        }
        String passwordProblem = passwordProblem(password);
        if (passwordProblem != null) {
            throw new IllegalArgumentException("Password: " + passwordProblem);
        }
        Account account = accounts.save(new Account(username, passwordEncoder.encode(password), role, clock.instant()));
        events.publishEvent(new AccountCreated(account.id(), account.username()));
        return account.summary();
    }
}
