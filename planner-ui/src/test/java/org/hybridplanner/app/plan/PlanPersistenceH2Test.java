package org.hybridplanner.app.plan;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

/** Plan storage on the embedded H2 database, through the Flyway migrations (Hibernate only validates). */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@Import(PersistenceTestConfiguration.class)
class PlanPersistenceH2Test extends PlanPersistenceTests {
}
