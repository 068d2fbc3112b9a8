package org.hybridplanner.app.api;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hybridplanner.app.account.AccountService;
import org.hybridplanner.app.account.CurrentAccount;
import org.hybridplanner.app.account.SignedInAccount;
import org.hybridplanner.app.base.PlainText;
import org.hybridplanner.app.base.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: the signed-in user creates, lists and revokes their own; the bearer filter turns a token
 * into its account. Tokens start with {@value #PREFIX} so that secret scanners and people recognise them.
 */
@Service
public class ApiTokenService {
    static final String PREFIX = "htp_";

    private final ApiTokenRepository tokens;
    private final AccountService accounts;
    private final CurrentAccount currentAccount;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AccountService accounts, CurrentAccount currentAccount, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentAccount = currentAccount;
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

    /** The account a presented token belongs to; empty for unknown, revoked or malformed tokens. */
    @Transactional
    public Optional<SignedInAccount> authenticate(String token) {
        if (!SecretTokens.looksValid(token, PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(SecretTokens.hash(token)).filter(t -> !t.isRevoked()).flatMap(t -> {
            t.used(clock.instant());
            return accounts.principal(t.accountId());
        });
    }

    private CreatedApiToken issue(long accountId, String label) {
        String name = label == null || label.isBlank() ? "API token" : label.strip();
        PlainText.checkLabel(name);
        String token = SecretTokens.generate(PREFIX);
        ApiToken stored = tokens.save(new ApiToken(accountId, SecretTokens.hash(token), name, clock.instant()));
        return new CreatedApiToken(stored.summary(), token);
    }
}
