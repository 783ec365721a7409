package org.childmaintenance.load;

import java.net.http.HttpClient;

/**
 * Prints what the driver sees on a page (element ids, links, text) to help write scenarios:
 * {@code LoadProbe <base-url> <email|-> <password|-> <route> [<action> …]} where an action is {@code nav:route},
 * {@code set:id=value} or {@code click:id}.
 */
public final class LoadProbe {
    private LoadProbe() {
    }

    public static void main(String[] args) {
        Stats stats = new Stats();
        stats.startMeasuring();
        VaadinClient c = new VaadinClient(HttpClient.newHttpClient(), args[0], stats);
        if (!"-".equals(args[1])) {
            Scenarios.signIn(c, args[1], args[2]);
            c.navigate("probe", args[3]);
        } else {
            c.open("probe", args[3]);
        }
        for (int i = 4; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("nav:")) {
                c.navigate("probe", a.substring(4));
            } else if (a.startsWith("set:")) {
                String[] kv = a.substring(4).split("=", 2);
                c.setValue("probe", kv[0], kv[1]);
            } else if (a.startsWith("click:")) {
                c.click("probe", a.substring(6));
            }
        }
        UiTree t = c.tree();
        System.out.println("location " + c.location() + ", nodes " + t.size());
        t.byIdPrefix("").forEach(n -> System.out.println("#" + n.attribute("id") + " <" + n.tag + "> listeners="
                + n.listeners.keySet() + (n.attribute("href") != null ? " href=" + n.attribute("href") : "")));
        t.byTag("vaadin-radio-button").forEach(n -> System.out.println("radio " + n.properties + " " + t.textOf(n)));
        t.anchorsWithHref("").forEach(n -> System.out.println("link " + n.attribute("href")));
        System.out.println(t.textOf(t.root()));
        System.out.println(stats.table());
    }
}
