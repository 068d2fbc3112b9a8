package org.hybridplanner.app.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local accounts: sign-in lookups for Spring Security, account management for admins, and every user's own password.
 */
@Service
public class AccountService implements UserDetailsService {
    /** Lower-case letters, digits, dot, dash and underscore: nothing that could render as markup or flip direction. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final CurrentAccount currentAccount;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            CurrentAccount currentAccount, Clock clock) {
        this.accounts = accounts;
        this.currentAccount = currentAccount;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new SignedInAccount(account.id(), account.username(), account.passwordHash(), account.role());
    }

    /**
     * The principal for an account a bearer credential (API token) belongs to; empty when the account is gone.
     * No access check: the caller has verified the credential.
     */
    @Transactional(readOnly = true)
    public Optional<SignedInAccount> principal(long accountId) {
        return accounts.findById(accountId)
                .map(a -> new SignedInAccount(a.id(), a.username(), a.passwordHash(), a.role()));
    }

    /** The id of the account with this name, for the operator's command line; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<Long> accountId(String username) {
        return accounts.findByUsername(username).map(Account::id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> list() {
        return accounts.findAllByOrderByUsernameAsc().stream()
                .map(a -> new AccountSummary(a.id(), a.username(), a.role(), a.createdAt()))
                .toList();
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
     * its API tokens stay valid.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPassword(long accountId, String newPassword) {
        String problem = passwordProblem(newPassword);
        if (problem != null) {
            throw new IllegalArgumentException("Password: " + problem);
        }
        accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No such account"))
                .changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordChanged(accountId));
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
        events.publishEvent(new PasswordChanged(account.id()));
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
        return new AccountSummary(account.id(), account.username(), account.role(), account.createdAt());
    }
}
