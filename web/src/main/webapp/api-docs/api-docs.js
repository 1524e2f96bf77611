// Browsable API documentation: Swagger UI over the OpenAPI document the server generates at /openapi.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi?format=JSON",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: false
  });
};
