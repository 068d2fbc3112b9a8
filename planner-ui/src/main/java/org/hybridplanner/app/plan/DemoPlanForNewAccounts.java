package org.hybridplanner.app.plan;

import org.hybridplanner.app.account.AccountCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Gives every new account the demo plan, so that the planner shows a working design at first sign-in. */
@Component
class DemoPlanForNewAccounts {
    private final PlanService plans;
    private final DesignService design;

    DemoPlanForNewAccounts(PlanService plans, DesignService design) {
        this.plans = plans;
        this.design = design;
    }

    @EventListener
    void onAccountCreated(AccountCreated created) {
        plans.insert(created.accountId(), created.username(), design.demoPlan(), VersionKind.CREATED);
    }
}
