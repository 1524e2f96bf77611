package org.ccadmin.shared.security;

import jakarta.servlet.http.HttpServletRequest;

final class Paths {

    static final String LOGIN = "/login.xhtml";

    private Paths() {
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }
}
