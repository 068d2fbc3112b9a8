package org.hybridplanner.engine;

import org.hybridplanner.model.Network;

/** The network a network rule names: a fixed one, or the link type the private path leaves the runtime by. */
enum NetworkChoice {
    FIRST_LINK_ON_PATH(null),
    LOCAL(Network.LOCAL),
    INTERNET(Network.INTERNET),
    EXPRESSROUTE_MICROSOFT_PEERING(Network.EXPRESSROUTE_MICROSOFT_PEERING);

    private final Network fixed;

    NetworkChoice(Network fixed) {
        this.fixed = fixed;
    }

    /** The fixed network; null for {@link #FIRST_LINK_ON_PATH}. */
    Network fixed() {
        return fixed;
    }
}
