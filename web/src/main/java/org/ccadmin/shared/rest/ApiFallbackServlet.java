package org.ccadmin.shared.rest;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers every {@code /api/…} address outside the current API version ({@code /api/v1}, served by JAX-RS)
 * with a 404 problem, so an API client never receives the console's HTML error page.
 */
@WebServlet("/api/*")
public class ApiFallbackServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://ccadmin.org/problems/notFound\",\"title\":\"Not Found\",\"status\":404,"
                + "\"code\":\"notFound\",\"detail\":\"No resource exists at this address; the API is under /api/v1/.\"}");
    }
}
