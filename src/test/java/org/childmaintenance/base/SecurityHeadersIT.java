package org.childmaintenance.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;
import java.util.Properties;
import org.childmaintenance.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The application's own filters (headers, upload limit) as registered, plus the production profile's settings. */
@PortalTest
class SecurityHeadersIT {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc(String... filterNames) {
        var builder = MockMvcBuilders.webAppContextSetup(context);
        for (String name : filterNames) {
            builder.addFilters((Filter) context.getBean(name, FilterRegistrationBean.class).getFilter());
        }
        return builder.addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
    }

    @Test
    void every_response_carries_csp_no_referrer_permissions_policy_and_nosniff() throws Exception {
        for (String path : new String[] {"/exit", "/api/v1/estimates", "/actuator/health"}) {
            MockHttpServletResponse response = mvc("securityHeadersFilter").perform(get(path)).andReturn().getResponse();
            String csp = response.getHeader("Content-Security-Policy");
            assertThat(csp).as(path).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                    "base-uri 'self'");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(response.getHeader("Permissions-Policy")).as(path).contains("camera=()", "geolocation=()");
            assertThat(response.getHeaders("X-Content-Type-Options")).as(path).containsExactly("nosniff");
        }
    }

    @Test
    void uploads_over_the_server_limit_are_refused_before_they_are_read() throws Exception {
        MockHttpServletResponse response = mvc("uploadSizeLimitFilter")
                .perform(post("/VAADIN/dynamic/resource/1/abc/upload").content(new byte[10551296 + 1]))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void an_upload_without_a_length_stops_once_it_passes_the_limit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/1/abc/upload") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[100]);
        MockFilterChain chain = new MockFilterChain();
        new UploadSizeLimit.Filter(50).doFilter(request, new MockHttpServletResponse(), chain);
        byte[] buffer = new byte[200];
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> chain.getRequest().getInputStream().read(buffer))
                .hasMessageContaining("larger than 50 bytes");
    }

    @Test
    void production_profile_sends_the_session_cookie_only_over_https_and_trusts_forwarded_headers_from_proxies()
            throws Exception {
        Properties mariadb = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-mariadb.properties"));
        assertThat(mariadb.getProperty("server.servlet.session.cookie.secure")).isEqualTo("${PORTAL_COOKIE_SECURE:true}");
        assertThat(mariadb.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(mariadb.getProperty("spring.flyway.user")).contains("DB_MIGRATION_USER");
        Properties common = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(common.getProperty("spring.servlet.multipart.max-file-size")).isEqualTo("2MB");
    }
}
