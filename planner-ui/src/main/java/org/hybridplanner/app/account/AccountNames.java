package org.hybridplanner.app.account;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Usernames by account id, for lists that show whose a thing is (a plan shared with the caller names its owner). */
@Component
public class AccountNames {
    private final AccountRepository accounts;

    AccountNames(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Map<Long, String> of(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().collect(Collectors.toMap(Account::id, Account::username));
    }
}
