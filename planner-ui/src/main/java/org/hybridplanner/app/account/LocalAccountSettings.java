package org.hybridplanner.app.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether accounts with a password on the planner can sign in ({@code planner.local-accounts.enabled}, from
 * {@code PLANNER_LOCAL_ACCOUNTS}, default true). Switched off, only the OpenID Connect provider signs people in; local
 * accounts keep their plans and API tokens.
 */
@ConfigurationProperties("planner.local-accounts")
record LocalAccountSettings(@DefaultValue("true") boolean enabled) {
}
