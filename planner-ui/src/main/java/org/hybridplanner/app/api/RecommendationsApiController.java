package org.hybridplanner.app.api;

import org.hybridplanner.app.plan.DesignService;
import org.hybridplanner.engine.RecommendationJson;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/recommendations}: a plan in, its recommendation out; stores nothing. Any API token holder. */
@RestController
class RecommendationsApiController {
    private final PlanBodies bodies;
    private final DesignService design;

    RecommendationsApiController(PlanBodies bodies, DesignService design) {
        this.bodies = bodies;
        this.design = design;
    }

    @PostMapping(path = "/api/recommendations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] recommend(@RequestBody(required = false) byte[] body) {
        return RecommendationJson.writeUtf8(design.design(bodies.readValidated(body)).recommendation());
    }
}
