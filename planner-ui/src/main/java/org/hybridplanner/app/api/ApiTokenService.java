package org.hybridplanner.app.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.hybridplanner.app.account.AccountService;
import org.hybridplanner.app.account.CurrentAccount;
import org.hybridplanner.app.account.Role;
import org.hybridplanner.app.account.SignedInAccount;
import org.hybridplanner.app.base.PlainText;
import org.hybridplanner.app.base.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: the signed-in user creates, lists and revokes their own; the bearer filter turns a token
 * into its account. Tokens start with {@value #PREFIX} so that secret scanners and people recognise them.
 */
@Service
public class ApiTokenService {
    static final String PREFIX = "htp_";
    /** A token's last use is written at most this often, so that a busy pipeline does not turn reads into writes. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AccountService accounts;
    private final CurrentAccount currentAccount;
    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AccountService accounts, CurrentAccount currentAccount,
            DataSource dataSource, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentAccount = currentAccount;
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    @Transactional
    public CreatedApiToken create(String label) {
        return issue(currentAccount.require().accountId(), label);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenSummary> list() {
        return tokens.findByAccountIdOrderByCreatedAtDesc(currentAccount.require().accountId()).stream()
                .map(ApiToken::summary).toList();
    }

    @Transactional
    public void revoke(long tokenId) {
        tokens.findByIdAndAccountId(tokenId, currentAccount.require().accountId())
                .orElseThrow(() -> new IllegalArgumentException("No such token"))
                .revoke(clock.instant());
    }

    /** For the operator's {@code token --user NAME} command: a token for a named account, without a caller. */
    @Transactional
    public Optional<CreatedApiToken> issueFor(String username, String label) {
        return accounts.accountId(username).map(id -> issue(id, label));
    }

    /**
     * The account a presented token belongs to; empty for unknown, revoked or malformed tokens. Every API request
     * asks, so it is one indexed query joining the token to its account, read from the database each time (a
     * revocation on any instance holds from the next request), outside a JPA transaction; the last use is written,
     * by a statement of its own, at most once per {@link #LAST_USE_RESOLUTION}.
     */
    public Optional<SignedInAccount> authenticate(String token) {
        if (!SecretTokens.looksValid(token, PREFIX)) {
            return Optional.empty();
        }
        Optional<Bearer> bearer = jdbc.sql("""
                select t.id, t.last_used_at, a.id, a.username, a.role from api_token t
                join account a on a.id = t.account_id where t.token_hash = ? and t.revoked_at is null""")
                .param(SecretTokens.hash(token))
                .query((row, n) -> new Bearer(row.getLong(1), row.getObject(2, OffsetDateTime.class),
                        row.getLong(3), row.getString(4), Role.valueOf(row.getString(5))))
                .optional();
        bearer.ifPresent(this::recordUse);
        return bearer.map(b -> SignedInAccount.forBearerCredential(b.accountId(), b.username(), b.role()));
    }

    /** Writes the last use when the stored one is older than the resolution (the condition: once, among instances). */
    private void recordUse(Bearer bearer) {
        Instant now = clock.instant();
        Instant due = now.minus(LAST_USE_RESOLUTION);
        if (bearer.lastUsedAt() == null || bearer.lastUsedAt().toInstant().isBefore(due)) {
            jdbc.sql("""
                    update api_token set last_used_at = ?
                    where id = ? and (last_used_at is null or last_used_at < ?)""")
                    .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), bearer.tokenId(),
                            OffsetDateTime.ofInstant(due, ZoneOffset.UTC))
                    .update();
        }
    }

    /** A presented token that is not revoked, with its account. */
    private record Bearer(long tokenId, OffsetDateTime lastUsedAt, long accountId, String username, Role role) {
    }

    private CreatedApiToken issue(long accountId, String label) {
        String name = label == null || label.isBlank() ? "API token" : label.strip();
        PlainText.checkLabel(name);
        String token = SecretTokens.generate(PREFIX);
        ApiToken stored = tokens.save(new ApiToken(accountId, SecretTokens.hash(token), name, clock.instant()));
        return new CreatedApiToken(stored.summary(), token);
    }
}
