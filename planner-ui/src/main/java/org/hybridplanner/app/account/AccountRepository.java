package org.hybridplanner.app.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {
    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<Account> findByProviderIssuerAndProviderSubject(String providerIssuer, String providerSubject);

    List<Account> findAllByOrderByUsernameAsc();

    @Query("select a.sessionGeneration from Account a where a.id = :id")
    Optional<Long> findSessionGenerationById(@Param("id") long id);
}
