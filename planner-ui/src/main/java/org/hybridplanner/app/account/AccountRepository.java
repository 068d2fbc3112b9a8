package org.hybridplanner.app.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {
    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<Account> findByProviderIssuerAndProviderSubject(String providerIssuer, String providerSubject);

    List<Account> findAllByOrderByUsernameAsc();
}
