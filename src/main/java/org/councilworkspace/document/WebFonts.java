package org.councilworkspace.document;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the fonts the documents are set in (and their licences) to browsers too, under {@value #PATH}. The
 * workspace's and the portal's style sheets name them after the reader's own Thai and Japanese fonts, each limited to
 * its script's characters: a computer with no Thai or Japanese font (many Linux desktops and kiosks, and the test
 * browser) would otherwise draw those words as empty boxes. A browser that has such a font never downloads ours.
 */
@Configuration
class WebFonts implements WebMvcConfigurer {

    static final String PATH = "/fonts/**";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // The files change only with a release; a day keeps repeat visits free without pinning a font for long.
        registry.addResourceHandler(PATH).addResourceLocations("classpath:/fonts/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }
}
