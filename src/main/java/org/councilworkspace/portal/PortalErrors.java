package org.councilworkspace.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.councilworkspace.base.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A missing page, an unpublished item and a malformed id all get the same plain 404 page, so nothing tells a reader
 * that a draft exists behind an id.
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
class PortalErrors {

    private final PortalPages pages;

    PortalErrors(PortalPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        String[] parts = request.getRequestURI().split("/");
        String lang = parts.length > 2 && parts[2].matches("en|ja|th") ? parts[2] : "en";
        ExtendedModelMap model = new ExtendedModelMap();
        Texts t = pages.page(model, lang, "", null, response, null);
        model.addAttribute("title", t.get("portal.not-found.title") + " · " + t.get("portal.name"));
        model.addAttribute("heading", t.get("portal.not-found.title"));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        ModelAndView view = new ModelAndView("portal/not-found", model);
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }
}
