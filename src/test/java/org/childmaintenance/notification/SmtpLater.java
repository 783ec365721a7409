package org.childmaintenance.notification;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The portal's mail pointed at a free port where a real SMTP server (GreenMail) starts only when the test says
 * so: until then every send fails, as when the mail server is down. {@link #close} puts the sender back.
 */
final class SmtpLater {
    private final JavaMailSenderImpl sender;
    private final int originalPort;
    private final int port;
    private GreenMail smtp;

    SmtpLater(JavaMailSenderImpl sender) throws IOException {
        this.sender = sender;
        this.originalPort = sender.getPort();
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
        sender.setPort(port); // nothing listens here yet: every try fails
    }

    void start() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
    }

    /** The server, once started. */
    GreenMail server() {
        return smtp;
    }

    void close() {
        sender.setPort(originalPort);
        if (smtp != null) {
            smtp.stop();
        }
    }
}
