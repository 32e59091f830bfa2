package com.factline.base;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * A path under {@code /api/} that no endpoint maps answers 404 with the API's JSON error, for every method. Without
 * this, Vaadin's catch-all mapping served its HTML page with 200, so a script with a typo in a path "succeeded".
 * It is consulted after the controllers' mappings (order 0), so a known path with a wrong method still gets 405, and
 * before Vaadin's and the static resources' mappings (lowest precedence). Sign-in is checked first, by the API's
 * security chain, so without credentials the answer is 401.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

    static final String BODY = "{\"error\":\"not_found\",\"message\":\"No such endpoint; the API is described at /v3/api-docs.\"}";

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping() {
        HttpRequestHandler notFound = (request, response) -> {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(BODY);
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
        mapping.setOrder(1);
        return mapping;
    }
}
