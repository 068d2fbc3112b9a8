package org.hybridplanner.app.share;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the share-link settings. */
@Configuration
@EnableConfigurationProperties(ShareLinkSettings.class)
class ShareConfiguration {
}
