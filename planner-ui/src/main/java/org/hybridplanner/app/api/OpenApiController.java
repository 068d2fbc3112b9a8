package org.hybridplanner.app.api;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The hand-written OpenAPI description of the API; open to anyone (it holds no data). */
@RestController
class OpenApiController {
    private final byte[] description;

    OpenApiController() throws IOException {
        try (InputStream in = OpenApiController.class.getResourceAsStream("/api/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("api/openapi.yaml is missing from the application");
            }
            description = in.readAllBytes();
        }
    }

    @GetMapping("/api/openapi.yaml")
    ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml")).body(description);
    }
}
