package org.ccadmin.shared.rest;

import java.util.List;
import java.util.Map;

/** A list response: the page's items, the total number of matches, paging position and navigation links. */
public record PageView<T>(List<T> items, long total, int page, int size, Map<String, String> links) {
}
