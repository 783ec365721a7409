package org.childmaintenance.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * Keeps each UI's last answer small between requests (BENCHMARKS.md "Session heap"). Flow keeps the last UIDL
 * answer of every UI as a String ({@code UIInternals} lastRequestResponse) so that it can send the same answer again
 * when the browser repeats a message whose answer it did not receive. That String was the largest single thing a
 * signed-in session kept: a 26 KB My case answer is 52 KB of heap as soon as one character is above U+00FF. This
 * handler runs Flow's own {@link UidlRequestHandler} unchanged and, after each answer, moves the String out of the
 * UI into a deflated copy (about a sixth of the size); before a message that is not the next one the UI expects (a
 * repeat, or anything it cannot tell), it puts the exact String back, so Flow's resend answers as it always did.
 */
final class CompactLastAnswer extends UidlRequestHandler {
    /** The message's own "clientId" key: a key follows "{" or ","; inside a string value its quotes are escaped. */
    private static final Pattern CLIENT_ID = Pattern.compile("[{,]\\s*\"clientId\"\\s*:\\s*(-?\\d{1,9})\\s*[,}]");

    /** The deflated UTF-8 bytes of the UI's last answer, kept with the UI (and serialized with the session). */
    record Deflated(byte[] bytes) implements Serializable {
    }

    @Override
    public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
            VaadinResponse response, String requestBody) throws IOException {
        UI ui = session.getService().findUI(request);
        if (ui != null && !isNextMessage(ui, requestBody)) {
            restore(ui);
        }
        try {
            return super.synchronizedHandleRequest(session, request, response, requestBody);
        } finally {
            if (ui != null) {
                compact(ui);
            }
        }
    }

    /** True only when the body names the client message id the UI expects next (then Flow never resends). */
    static boolean isNextMessage(UI ui, String requestBody) {
        Matcher m = CLIENT_ID.matcher(requestBody);
        Integer last = null;
        while (m.find()) {
            if (last != null) {
                return false; // more than one: cannot tell which is the message's own
            }
            last = Integer.valueOf(m.group(1));
        }
        return last != null && last == ui.getInternals().getLastProcessedClientToServerId() + 1;
    }

    /** Moves the UI's last answer into a deflated copy. */
    static void compact(UI ui) {
        String answer = ui.getInternals().getLastRequestResponse();
        if (answer != null) {
            ComponentUtil.setData(ui, Deflated.class, new Deflated(deflate(answer)));
            ui.getInternals().setLastRequestResponse(null);
        }
    }

    /** Puts the UI's last answer back exactly as Flow wrote it, if it was compacted. */
    static void restore(UI ui) {
        Deflated kept = ComponentUtil.getData(ui, Deflated.class);
        if (kept != null && ui.getInternals().getLastRequestResponse() == null) {
            ui.getInternals().setLastRequestResponse(inflate(kept.bytes()));
        }
    }

    static byte[] deflate(String text) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            byte[] input = text.getBytes(StandardCharsets.UTF_8);
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static String inflate(byte[] deflated) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 6);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new UncheckedIOException(new IOException("the kept answer cannot be read", e));
        } finally {
            inflater.end();
        }
    }

    /** For tests: the UI's kept answer as Flow would resend it, or null. */
    static @Nullable String keptAnswer(UI ui) {
        Deflated kept = ComponentUtil.getData(ui, Deflated.class);
        return kept == null ? ui.getInternals().getLastRequestResponse() : inflate(kept.bytes());
    }
}
